import type { ConcernSummary } from '@klankbord/contract'
import { loadConfig, type Config } from '../../config.js'
import { listConcerns } from '../../services/concerns/list-concerns.js'
import { parseCommandArgs, parsePositiveInt } from '../args.js'
import { callRunningServer, viaServerOrStore } from '../store-or-server.js'

export const CONCERNS_LIST_HELP = `Gebruik / Usage: klankbord concerns list [--limit N] [--json]

Toont de nieuwste meldingen: kenmerk, datum, status, domein, kanaal, gemeente. Nooit persoonsgegevens.
Shows the newest concerns: reference, date, status, domain, channel, municipality. Never personal data.

  --limit N  hoeveel / how many (standaard / default 50)
  --json     als JSON / as JSON

Draait de server op PGlite, dan gaat de vraag via die server (PGlite kan maar één proces tegelijk aan).
While the server runs on PGlite, the list comes through that server (PGlite allows one process at a time).`

async function fetchConcerns(config: Config, limit: number): Promise<ConcernSummary[]> {
  return viaServerOrStore(
    config,
    (lock) => callRunningServer(lock, 'listConcernsLocal', { query: { limit } }),
    (context) => listConcerns(context, { limit }),
  )
}

const DATE_TIME = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'short', timeStyle: 'short' })

function formatTable(rows: ConcernSummary[]): string {
  if (rows.length === 0) return 'Nog geen meldingen / no concerns yet.\n'
  const header = ['Kenmerk', 'Ontvangen', 'Status', 'Domein', 'Kanaal', 'Gemeente']
  const cells = rows.map((r) => [r.reference, DATE_TIME.format(new Date(r.createdAt)), r.status, r.domain, r.channel, r.municipality])
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i]?.length ?? 0)))
  const line = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd()
  return `${[line(header), ...cells.map(line)].join('\n')}\n${rows.length} melding(en) / concern(s)\n`
}

export async function concernsListCommand(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values } = parseCommandArgs(args, { limit: { type: 'string' }, json: { type: 'boolean' } })
  if (values.help) {
    out.write(`${CONCERNS_LIST_HELP}\n`)
    return 0
  }
  const limit = Math.max(1, parsePositiveInt(values.limit, 'limit', 50, 10_000))
  const rows = await fetchConcerns(loadConfig(), limit)
  out.write(values.json ? `${JSON.stringify(rows, null, 2)}\n` : formatTable(rows))
  return 0
}
