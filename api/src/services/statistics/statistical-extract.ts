import { createWriteStream } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { finished } from 'node:stream/promises'
import { csvField } from '@klankbord/contract/csv'
import { PUBLISHED_LISTS, type PublishedList, type PublishedListName } from '@klankbord/contract/published-lists'
import { sqlLiteral } from '@klankbord/contract/sql-literal'
import { sql, type SQL } from 'drizzle-orm'
import type { PgliteStore } from '../../store/pglite-store.js'
import type { Store } from '../../store/types.js'
import { executeRows } from '../../store/execute-rows.js'
import { placeKey } from '../../db/schema/statistics-record.js'

/**
 * The statistical record of every concern and nothing else: codes and times as numbers, never free text, contact
 * details, references or follow-up data. The store keeps it ready in a generated column (statistics-record.ts),
 * because PGlite formats every value in WebAssembly: one short text per row copies several times faster than
 * a dozen columns. The concern's statistics id stays inside the pipeline (to replace changed rows) and is never published.
 */
const STATISTICAL_SELECT = `select c.statistics_record from concerns c`

/** Files only the pipeline reads back: every value exactly as stored, so without the formula guard of published CSV. */
const csvCell = (value: unknown): string => {
  if (value === null || value === undefined) return ''
  return csvField(value instanceof Date ? value.toISOString() : String(value))
}

const rowsOf = (store: Store, query: string | SQL) => executeRows(store.db, typeof query === 'string' ? sql.raw(query) : query)

/** The newest change in the store, read before extracting: a later change is extracted again next time, never missed. */
export async function lastChange(store: Store): Promise<Date | undefined> {
  const [row] = await rowsOf(store, 'select max(updated_at) as last from concerns')
  return row?.last ? new Date(row.last as string | Date) : undefined
}

/** When the first concern came in (an index lookup): the first published year starts on its Dutch calendar day. */
export async function firstConcernAt(store: Store): Promise<Date | undefined> {
  const [row] = await rowsOf(store, 'select min(created_at) as first from concerns')
  return row?.first ? new Date(row.first as string | Date) : undefined
}

/** The records already are comma-separated lines: COPY's text format writes them as they are, without quotes. */
const RECORD_FORMAT = 'format text'

/**
 * Writes the statistical rows changed after `since` (all when undefined) as CSV lines without a header, each the
 * contract's STATISTICS_RECORD. On PGlite one COPY into a blob (several times faster than reading rows into
 * JavaScript); on PostgreSQL pages by id.
 */
export async function extractStatisticalRows(store: Store, file: string, since?: Date): Promise<void> {
  // COPY takes no bound parameters.
  const copied = await copyToBlob(store, `${STATISTICAL_SELECT}${since ? ` where c.updated_at > ${sqlLiteral(since.toISOString())}::timestamptz` : ''}`, RECORD_FORMAT)
  if (copied) return writeFile(file, copied)
  const changed = since ? sql` and c.updated_at > ${since.toISOString()}::timestamptz` : sql``
  const out = createWriteStream(file)
  let after = ''
  for (;;) {
    const rows = await rowsOf(store, sql`select c.id, c.statistics_record from concerns c where c.id > ${after}${changed} order by c.id limit 20000`)
    if (!rows.length) break
    if (!out.write(`${rows.map((row) => row.statistics_record).join('\n')}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
    after = String(rows[rows.length - 1]!.id)
  }
  out.end()
  await finished(out)
}

/** Below this many table pages one COPY; above it the pipeline gains more from overlapping than it loses. */
const PAGES_PER_PART = 4_000
const MAX_PARTS = 4

/**
 * The statistical rows as one or more CSV files in `dir`, yielded as each is written. A full extract on PGlite
 * comes in parts by physical position (a TID range scan, no index needed): PGlite works on this thread, DuckDB on
 * its own, so DuckDB stages one part while PGlite copies the next.
 */
export async function* extractStatisticalParts(store: Store, dir: string, since?: Date, pagesPerPart = PAGES_PER_PART): AsyncGenerator<string> {
  const [size] = store.kind === 'pglite' && !since ? await rowsOf(store, `select (pg_relation_size('concerns') / current_setting('block_size')::int)::int as pages`) : []
  const pages = Number(size?.pages ?? 0)
  const parts = Math.min(MAX_PARTS, Math.max(1, Math.ceil(pages / pagesPerPart)))
  if (parts === 1) {
    const file = join(dir, 'concerns.csv')
    await extractStatisticalRows(store, file, since)
    yield file
    return
  }
  const step = Math.ceil((pages + 1) / parts)
  for (let part = 0; part < parts; part++) {
    const from = `c.ctid >= '(${part * step},0)'::tid`
    const to = part < parts - 1 ? ` and c.ctid < '(${(part + 1) * step},0)'::tid` : ''
    const file = join(dir, `concerns-${part}.csv`)
    await writeFile(file, (await copyToBlob(store, `${STATISTICAL_SELECT} where ${from}${to}`, RECORD_FORMAT))!)
    yield file
  }
}

/**
 * Municipality names and partner kinds by the key the records carry (a hash of the id), to name the places of the
 * extracted rows. Two places with one key would mix their figures: that stops the run, with the reason.
 */
export async function extractPlaces(store: Store, file: string): Promise<void> {
  const rows = await rowsOf(
    store,
    `select 'municipality' as type, ${placeKey('id')}::text as id, name as value from municipalities
     union all select 'partner', ${placeKey('id')}::text, kind from partners order by 1, 2`,
  )
  const seen = new Set<string>()
  for (const row of rows) {
    const key = `${row.type} ${row.id}`
    if (seen.has(key)) throw new Error(`Two ${row.type} records share the statistics key ${row.id}; the pipeline cannot tell them apart`)
    seen.add(key)
  }
  await writeFile(file, `type,id,value\n${rows.map((r) => [r.type, r.id, r.value].map(csvCell).join(',')).join('\n')}\n`)
}

/** On PGlite a COPY into a blob: reading rows into JavaScript costs about three times as much. */
async function copyToBlob(store: Store, query: string, format: string): Promise<Buffer | undefined> {
  const client = (store as Partial<PgliteStore>).client
  if (store.kind !== 'pglite' || !client) return undefined
  const result = await client.query(`copy (${query}) to '/dev/blob' with (${format})`)
  // PGlite makes no blob when COPY wrote nothing (no rows, no header).
  return result.blob ? Buffer.from(await result.blob.arrayBuffer()) : Buffer.alloc(0)
}

/** Rows of a query as objects; on PGlite as one JSON value through COPY. */
async function jsonRows(store: Store, query: string): Promise<Record<string, unknown>[]> {
  const csv = await copyToBlob(store, `select coalesce(json_agg(t), '[]'::json) from (${query}) t`, 'format csv')
  if (!csv) return rowsOf(store, query)
  // One CSV field: quoted when it holds quotes or commas, with its quotes doubled.
  const field = csv.toString('utf8').trimEnd()
  return JSON.parse(field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field) as Record<string, unknown>[]
}

/**
 * Where the contract's published lists come from: which rows, with `position`, `id`, `updated_at` and the list's
 * code columns, and where their texts are. Signals once shared with the municipality (a new one is still the
 * confidant's draft), and every recommendation.
 */
const LIST_SOURCES: Record<PublishedListName, { codes: string; texts: (ids: string) => string }> = {
  signal_texts: {
    codes: `select row_number() over (order by s.created_at, s.id) as position, s.id, s.updated_at, extract(year from s.created_at)::int as year,
                   m.name as municipality, s.domain, s.status
            from signals s join municipalities m on m.id = s.municipality_id where s.status <> 'new'`,
    texts: (ids) => `select s.id, s.theme, s.text, s.response from signals s where s.id in (select unnest(${ids}))`,
  },
  recommendations: {
    codes: `select row_number() over (order by r.year, r.created_at, r.id) as position, r.id, r.updated_at, r.year, m.name as municipality, r.status
            from recommendations r join municipalities m on m.id = r.municipality_id`,
    texts: (ids) => `select r.id, r.text, r.response from recommendations r where r.id in (select unnest(${ids}))`,
  },
}

/** The columns of a list's codes file, in the order of its source's `codes` query. */
const codeColumns = (list: PublishedList) => ['position', 'id', 'updated_at', ...list.columns.filter((c) => c.type !== 'text').map((c) => c.name)]

/** The codes of every list row, one CSV per list in `dir`, without any text: the pipeline asks for texts it has not redacted yet. */
export async function extractListCodes(store: Store, dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  for (const list of PUBLISHED_LISTS) {
    const source = LIST_SOURCES[list.name]
    const file = join(dir, `${list.name}.csv`)
    const copied = await copyToBlob(store, source.codes, 'format csv, header')
    if (copied) await writeFile(file, copied)
    else {
      const columns = codeColumns(list)
      const rows = await rowsOf(store, source.codes)
      await writeFile(file, `${columns.join(',')}\n${rows.map((r) => columns.map((c) => csvCell(r[c])).join(',')).join('\n')}\n`)
    }
    files[list.name] = file
  }
  return files
}

/** The texts of the given rows of a list, not yet redacted: the pipeline redacts them before anything else sees them. */
export async function extractListTexts(store: Store, list: string, ids: readonly string[]): Promise<Record<string, unknown>[]> {
  const source = LIST_SOURCES[list as PublishedListName]
  if (!source) throw new Error(`Unknown list ${list}`)
  const out: Record<string, unknown>[] = []
  // In chunks, so a first run over tens of thousands of rows sends no giant parameter.
  for (let i = 0; i < ids.length; i += 10_000) {
    const chunk = ids.slice(i, i + 10_000)
    out.push(...(await jsonRows(store, source.texts(`array[${chunk.map(sqlLiteral).join(', ')}]::text[]`))))
  }
  return out
}
