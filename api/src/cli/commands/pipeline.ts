import type { PipelineSummary } from '@klankbord/analytics/pipeline'
import { loadConfig } from '../../config.js'
import { runStatistics } from '../../services/statistics/run-statistics.js'
import { parseCommandArgs } from '../args.js'
import { callRunningServer, viaServerOrStore } from '../store-or-server.js'

export const PIPELINE_HELP = `Gebruik / Usage: klankbord pipeline [--out MAP] [--full]

Maakt de anonieme cijfers: haalt alleen codes en datums uit de opslag (nooit tekst, contactgegevens of
kenmerken), telt ze op in DuckDB, onderdrukt kleine aantallen (KLANKBORD_MIN_CELL, standaard 5) en schrijft
elke tabel als CSV, Parquet en Arrow. De server doet dit ook elke nacht.
Makes the anonymous figures: extracts codes and dates only, aggregates them in DuckDB, suppresses small
counts and writes every table as CSV, Parquet and Arrow. The server also does this every night.

  --out MAP  uitvoermap / output folder (standaard / default: <KLANKBORD_DATA_DIR>/statistics)
  --full     alles opnieuw in plaats van alleen wat veranderde / everything again instead of only changes`

function progressBar(out: NodeJS.WritableStream & { isTTY?: boolean }) {
  if (!out.isTTY) return undefined
  return (step: string, done: number, total: number) => {
    const width = 24
    const filled = Math.round((done / total) * width)
    out.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${step.padEnd(12)}`)
    if (done === total) out.write('\n')
  }
}

export function pipelineSummaryText(s: PipelineSummary, peakRssKb?: number): string {
  const suppressed = s.tables.reduce((n, t) => n + t.suppressed, 0)
  return [
    `Rijen gelezen / rows read: ${s.rowsRead} (totaal in DuckDB / staged: ${s.rowsStaged})`,
    `Tabellen / tables: ${s.tables.map((t) => `${t.name} (${t.cells} cellen, ${t.suppressed} onderdrukt)`).join(', ')}`,
    `Onderdrukte cellen / suppressed cells: ${suppressed}`,
    `Periode / period: ${s.granularity}; k = ${s.microdata.k}`,
    `Bewaarde microdata / kept microdata: ${s.microdata.rows} rijen in ${s.microdata.classes} groepen; ${s.microdata.rowsBelowK} rijen in een groep kleiner dan k (alleen intern, nooit gepubliceerd / internal only, never published)`,
    `Tijd / time: ${s.seconds.toFixed(1)} s`,
    ...(peakRssKb ? [`Piekgeheugen / peak memory: ${Math.round(peakRssKb / 1024)} MB`] : []),
    `Uitvoer / output: ${s.outDir}`,
    '',
  ].join('\n')
}

export async function pipelineCommand(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values } = parseCommandArgs(args, { out: { type: 'string' }, full: { type: 'boolean' } })
  if (values.help) {
    out.write(`${PIPELINE_HELP}\n`)
    return 0
  }
  const config = loadConfig()
  const run = { dataDir: config.dataDir, outDir: values.out, minCell: config.minCell, full: values.full ?? false }
  const summary = await viaServerOrStore<PipelineSummary>(
    config,
    (lock) => callRunningServer(lock, '/api/v1/local/pipeline', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ outDir: values.out, full: run.full }) }),
    (store) => runStatistics(store, { ...run, onProgress: progressBar(out) }),
  )
  out.write(pipelineSummaryText(summary, process.resourceUsage().maxRSS))
  return 0
}
