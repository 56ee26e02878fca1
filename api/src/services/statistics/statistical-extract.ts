import { createWriteStream } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { finished } from 'node:stream/promises'
import { sql } from 'drizzle-orm'
import type { PgliteStore } from '../../store/pglite-store.js'
import type { Store } from '../../store/types.js'

const minutes = (column: string) => `floor(date_part('epoch', ${column}) / 60)::int4`

/**
 * The statistical record of every concern and nothing else: codes and times, never free text, contact
 * details, references or follow-up data. Lean on purpose, because PGlite formats every value in WebAssembly:
 * times as whole minutes since 1970, the deadline as a day number, places as ids that the pipeline names from
 * a separate small extract. The internal id stays inside the pipeline (to replace changed rows) and is never
 * published. Multi-valued codes are joined with `|`.
 */
const STATISTICAL_SELECT = `
  select c.id, c.municipality_id, c.partner_id, c.domain, array_to_string(c.kinds, '|') as kinds, c.wish,
         array_to_string(c.support_given, '|') as support_given, c.outcome, ${minutes('c.created_at')} as created_minute,
         (c.first_contact_by - date '1970-01-01') as first_contact_by_day, ${minutes('c.first_contact_at')} as first_contact_minute,
         ${minutes('c.closed_at')} as closed_minute
  from concerns c`

export const STATISTICAL_COLUMNS = [
  'id',
  'municipality_id',
  'partner_id',
  'domain',
  'kinds',
  'wish',
  'support_given',
  'outcome',
  'created_minute',
  'first_contact_by_day',
  'first_contact_minute',
  'closed_minute',
] as const

const csvCell = (value: unknown): string => {
  if (value === null || value === undefined) return ''
  const text = value instanceof Date ? value.toISOString() : String(value)
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

async function rowsOf(store: Store, query: string): Promise<Record<string, unknown>[]> {
  return ((await store.db.execute(sql.raw(query))) as unknown as { rows: Record<string, unknown>[] }).rows
}

/** The newest change in the store, read before extracting: a later change is extracted again next time, never missed. */
export async function lastChange(store: Store): Promise<Date | undefined> {
  const [row] = await rowsOf(store, 'select max(updated_at) as last from concerns')
  return row?.last ? new Date(row.last as string | Date) : undefined
}

/**
 * Writes the statistical rows changed after `since` (all when undefined) as CSV with a header. On PGlite one
 * COPY into a blob (several times faster than reading rows into JavaScript); on PostgreSQL pages by id.
 */
export async function extractStatisticalRows(store: Store, file: string, since?: Date): Promise<void> {
  const changed = since ? `c.updated_at > '${since.toISOString()}'::timestamptz` : ''
  const client = (store as Partial<PgliteStore>).client
  if (store.kind === 'pglite' && client) {
    const result = await client.query(`copy (${STATISTICAL_SELECT}${changed ? ` where ${changed}` : ''}) to '/dev/blob' with (format csv, header)`)
    if (!result.blob) throw new Error('PGlite returned no blob for COPY')
    await writeFile(file, new Uint8Array(await result.blob.arrayBuffer()))
    return
  }
  const out = createWriteStream(file)
  out.write(`${STATISTICAL_COLUMNS.join(',')}\n`)
  let after = ''
  for (;;) {
    const rows = await rowsOf(store, `${STATISTICAL_SELECT} where c.id > '${after.replace(/'/g, "''")}'${changed ? ` and ${changed}` : ''} order by c.id limit 20000`)
    if (!rows.length) break
    for (const row of rows) if (!out.write(`${STATISTICAL_COLUMNS.map((column) => csvCell(row[column])).join(',')}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
    after = String(rows[rows.length - 1]!.id)
  }
  out.end()
  await finished(out)
}

/** Municipality names and partner kinds by id, to name the places of the extracted rows. */
export async function extractPlaces(store: Store, file: string): Promise<void> {
  const rows = await rowsOf(
    store,
    `select 'municipality' as type, id, name as value from municipalities union all select 'partner', id, kind from partners order by 1, 2`,
  )
  await writeFile(file, `type,id,value\n${rows.map((r) => [r.type, r.id, r.value].map(csvCell).join(',')).join('\n')}\n`)
}

/** The codes of every signal: municipality, domain, status and date; never theme, text or response. */
export async function extractSignalCodes(store: Store, file: string): Promise<void> {
  const rows = await rowsOf(store, `select m.name as municipality, s.domain, s.status, s.created_at from signals s join municipalities m on m.id = s.municipality_id order by s.id`)
  await writeFile(file, `municipality,domain,status,created_at\n${rows.map((r) => [r.municipality, r.domain, r.status, r.created_at].map(csvCell).join(',')).join('\n')}\n`)
}

/**
 * The rows of the published lists, texts not yet redacted (the pipeline redacts them): signals once shared with
 * the municipality (a new one is still the confidant's draft), and every recommendation.
 */
export async function extractListRows(store: Store): Promise<Record<string, Record<string, unknown>[]>> {
  const signalTexts = await rowsOf(
    store,
    `select s.id, s.updated_at, extract(year from s.created_at)::int as year, m.name as municipality, s.domain, s.status, s.theme, s.text, s.response
     from signals s join municipalities m on m.id = s.municipality_id where s.status <> 'new' order by s.created_at, s.id`,
  )
  const recommendations = await rowsOf(
    store,
    `select r.id, r.updated_at, r.year, m.name as municipality, r.status, r.text, r.response from recommendations r join municipalities m on m.id = r.municipality_id order by r.year, r.created_at, r.id`,
  )
  return { signal_texts: signalTexts, recommendations }
}
