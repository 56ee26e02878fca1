import { existsSync } from 'node:fs'
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { DuckDBConnection } from '@duckdb/node-api'
import { Bool, Dictionary, Float64, Int16, Int32, Table, tableToIPC, Utf8, vectorFromArray, type DataType, type Vector } from 'apache-arrow'
import type { Cell } from './aggregate.js'
import { literal, queryRows } from './duckdb.js'
import type { ListDefinition } from './lists.js'
import { PUBLISHED_FORMATS } from './read-published.js'
import { utf8Vector } from './utf8-vector.js'
import type { TableDefinition } from './tables.js'

/** Decides which cells to withhold; the disclosure-control module, passed in so this file only writes. */
export type Suppress = (cells: readonly { key: readonly string[]; concerns: number }[], k: number) => readonly boolean[]

/** Statistics that describe only part of a group need that part to be at least k as well. */
const STATISTIC_BASIS: Record<string, string> = {
  first_contact_days_median: 'first_contacted',
  first_contact_days_p75: 'first_contacted',
  close_days_median: 'closed',
  close_days_p75: 'closed',
  first_contact_on_time_share: 'first_contacted',
  closed_without_procedure_share: 'closed',
}

/**
 * Sub-counts beside `concerns` are not disclosure-controlled themselves (the count minus one of them could be
 * below k), so they are used as the basis of a statistic and then left out.
 */
const BASIS_COUNTS = ['first_contacted', 'closed']

export type PublishedRow = Record<string, string | number | boolean | null>

/** Cells to published rows: a suppressed count and its statistics are empty (null) with the flag set, never 0. */
export function publishedRows(table: TableDefinition, cells: readonly Cell[], suppressed: readonly boolean[], k: number): PublishedRow[] {
  return cells.map((cell, i) => {
    const hidden = suppressed[i] === true
    const row: PublishedRow = Object.fromEntries(table.dimensions.map((d, j) => [d, cell.key[j]!]))
    row.concerns = hidden ? null : cell.concerns
    for (const [name, value] of Object.entries(cell.statistics)) {
      const basis = STATISTIC_BASIS[name]
      const basisCount = basis ? cell.statistics[basis] : cell.concerns
      row[name] = hidden || basisCount === null || basisCount === undefined || basisCount < k ? null : value
    }
    for (const basis of BASIS_COUNTS) delete row[basis]
    row.suppressed = hidden
    return row
  })
}

/**
 * Writes a table as CSV, Parquet and Arrow IPC with the same columns. Files are written beside their final
 * name and renamed, so a reader never sees half a file and a failed run leaves the previous publication.
 */
export async function writeTable(connection: DuckDBConnection, outDir: string, table: TableDefinition, rows: readonly PublishedRow[]): Promise<void> {
  const columns = rows.length ? Object.keys(rows[0]!) : [...table.dimensions, 'concerns', 'suppressed']
  await writeFiles(connection, outDir, table.name, columns, rows, arrowTable(table, columns, rows))
}

const PUBLISHED_LISTS = `create table if not exists published_lists (out_dir varchar, name varchar, fingerprint varchar)`

/**
 * Writes a list of redacted texts, staged by stageList in a temp table, the same three ways; unless the same
 * rows in the same order were published to this folder before and its files are still there (a list of tens of
 * thousands of texts takes about half a second to write).
 */
export async function writeList(connection: DuckDBConnection, outDir: string, list: ListDefinition, staged: string): Promise<void> {
  await connection.run(PUBLISHED_LISTS)
  const [{ fingerprint }] = (await queryRows(connection, `select concat(count(*), ':', coalesce(bit_xor(hash(rowid, t)), 0)) as fingerprint from ${staged} t`)) as [{ fingerprint: string }]
  const [previous] = await queryRows(connection, `select fingerprint from published_lists where out_dir = ${literal(outDir)} and name = ${literal(list.name)}`)
  const filesThere = Object.keys(PUBLISHED_FORMATS).every((format) => existsSync(join(outDir, `${list.name}.${format}`)))
  if (previous?.fingerprint === fingerprint && filesThere) {
    await connection.run(`drop table ${staged}`)
    return
  }
  // One JSON text crosses into JavaScript: converting tens of thousands of values one by one costs several times more.
  const [{ json }] = (await queryRows(connection, `select coalesce(to_json(list(t)), '[]')::varchar as json from (select * from ${staged} order by rowid) t`)) as [{ json: string }]
  const rows = JSON.parse(json) as Record<string, unknown>[]
  const columns = Object.fromEntries(list.columns.map((c) => [c.name, rows.map((row) => row[c.name] ?? null)]))
  const vectors: Record<string, Vector> = Object.fromEntries(
    list.columns.map((c) => {
      const values = (columns[c.name] ?? []) as (string | null)[]
      return [c.name, c.type === 'text' ? utf8Vector(values) : vectorFromArray(values, new Dictionary(new Utf8(), new Int16()))]
    }),
  )
  await mkdir(outDir, { recursive: true })
  await writeStaged(connection, outDir, list.name, staged, new Table(vectors))
  await connection.run(`delete from published_lists where out_dir = ${literal(outDir)} and name = ${literal(list.name)}`)
  await connection.run(`insert into published_lists values (${literal(outDir)}, ${literal(list.name)}, ${literal(fingerprint)})`)
}

async function writeFiles(connection: DuckDBConnection, outDir: string, name: string, columns: readonly string[], rows: readonly object[], arrow: Table): Promise<void> {
  await mkdir(outDir, { recursive: true })
  const json = join(outDir, `.${name}.json`)
  await writeFile(json, JSON.stringify(rows))
  const staged = `published_${name}`
  // An empty array gives read_json no columns to find, so an empty file gets its header from a typed empty select.
  const select = rows.length
    ? `select ${columns.map((c) => `"${c}"`).join(', ')} from read_json(${literal(json)}, format = 'array')`
    : `select ${columns.map((c) => `null::varchar as "${c}"`).join(', ')} where false`
  await connection.run(`create or replace temp table ${staged} as ${select}`)
  try {
    await writeStaged(connection, outDir, name, staged, arrow)
  } finally {
    await unlink(json)
  }
}

/** A staged temp table as CSV and Parquet (by DuckDB) and Arrow IPC; the table is dropped afterwards. */
async function writeStaged(connection: DuckDBConnection, outDir: string, name: string, staged: string, arrow: Table): Promise<void> {
  for (const [ext, options] of [
    ['csv', '(format csv, header)'],
    ['parquet', '(format parquet)'],
  ] as const) {
    const partial = join(outDir, `.${name}.${ext}`)
    await connection.run(`copy ${staged} to ${literal(partial)} ${options}`)
    await rename(partial, join(outDir, `${name}.${ext}`))
  }
  const bytes = tableToIPC(arrow, 'stream')
  const partialArrow = join(outDir, `.${name}.arrow`)
  await writeFile(partialArrow, bytes)
  await rename(partialArrow, join(outDir, `${name}.arrow`))
  await connection.run(`drop table ${staged}`)
}

/**
 * Explicit Arrow types, so a column that happens to be all empty keeps its type. Dimensions repeat a few codes
 * on every row: dictionary-encoded they take two bytes a row, which keeps the dashboard's downloads small.
 */
function arrowTable(table: TableDefinition, columns: readonly string[], rows: readonly PublishedRow[]): Table {
  const typeOf = (column: string): DataType =>
    table.dimensions.includes(column) ? new Dictionary(new Utf8(), new Int16()) : column === 'suppressed' ? new Bool() : column === 'concerns' ? new Int32() : new Float64()
  const vectors: Record<string, Vector> = Object.fromEntries(columns.map((c) => [c, vectorFromArray(rows.map((r) => r[c] ?? null) as never[], typeOf(c))]))
  return new Table(vectors)
}
