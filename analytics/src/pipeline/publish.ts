import { existsSync } from 'node:fs'
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { structValue, type DuckDBConnection } from '@duckdb/node-api'
import { csvFile, type CsvValue } from '@klankbord/contract/csv'
import type { PublishedList } from '@klankbord/contract/published-lists'
import { Bool, Dictionary, Float64, Int16, Int32, Table, tableToIPC, Utf8, vectorFromArray, type DataType, type Vector } from 'apache-arrow'
import type { Cell } from './aggregate.js'
import { queryRows } from './duckdb.js'
import { PUBLISHED_FORMATS } from './read-published.js'
import { utf8Vector } from './utf8-vector.js'
import type { TableDefinition } from './tables.js'

/** Statistics that describe only part of a group need that part to be at least k as well. */
const STATISTIC_BASIS: Record<string, string> = {
  first_contact_days_median: 'first_contacted',
  first_contact_days_p75: 'first_contacted',
  close_days_median: 'closed',
  close_days_p75: 'closed',
  first_contact_on_time_share: 'first_contacted',
}

/**
 * Sub-counts beside `concerns` are not disclosure-controlled themselves (the count minus one of them could be
 * below k), so they are used as the basis of a statistic and then left out.
 */
const BASIS_COUNTS = ['first_contacted', 'closed']

export type PublishedRow = Record<string, string | number | boolean | null>

/** A published column and how it is typed in Arrow and described in datapackage.json. */
export type PublishedColumn = { readonly name: string; readonly type: 'code' | 'string' | 'integer' | 'number' | 'boolean' | 'date' }

const SQL_TYPES: Record<PublishedColumn['type'], string> = { code: 'VARCHAR', string: 'VARCHAR', date: 'DATE', integer: 'INTEGER', number: 'DOUBLE', boolean: 'BOOLEAN' }

/** The Dutch label of a code in a table's row of a given year (a merged category names what it holds). */
export type LabelOf = (dimension: string, code: string, year: string) => string

/** The columns of a table of counts: each dimension with its label beside it, the count, the statistics, the flag. */
export function tableColumns(table: TableDefinition, cells: readonly Cell[]): PublishedColumn[] {
  const statistics = Object.keys(cells[0]?.statistics ?? {}).filter((name) => !BASIS_COUNTS.includes(name))
  return [
    ...table.dimensions.flatMap((d): PublishedColumn[] => [
      { name: d, type: 'code' },
      { name: `${d}_label`, type: 'string' },
    ]),
    { name: 'concerns', type: 'integer' },
    ...statistics.map((name): PublishedColumn => ({ name, type: 'number' })),
    { name: 'suppressed', type: 'boolean' },
  ]
}

/** Cells to published rows: a withheld count and its statistics are empty (null) with the flag set, never 0. */
export function publishedRows(table: TableDefinition, cells: readonly Cell[], suppressed: readonly boolean[], k: number, labelOf: LabelOf): PublishedRow[] {
  return cells.map((cell, i) => {
    const hidden = suppressed[i] === true
    const year = cell.key[0]!.slice(0, 4)
    const row: PublishedRow = {}
    table.dimensions.forEach((d, j) => {
      row[d] = cell.key[j]!
      row[`${d}_label`] = labelOf(d, cell.key[j]!, year)
    })
    row.concerns = hidden ? null : cell.concerns
    for (const [name, value] of Object.entries(cell.statistics)) {
      if (BASIS_COUNTS.includes(name)) continue
      const basis = STATISTIC_BASIS[name]
      const basisCount = basis ? cell.statistics[basis] : cell.concerns
      row[name] = hidden || basisCount === null || basisCount === undefined || basisCount < k ? null : value
    }
    row.suppressed = hidden
    return row
  })
}

/**
 * Writes rows as CSV, Parquet and Arrow IPC with the same columns. Files are written beside their final name
 * and renamed, so a reader never sees half a file and a failed run leaves the previous publication.
 */
export async function writeRows(connection: DuckDBConnection, outDir: string, name: string, columns: readonly PublishedColumn[], rows: readonly PublishedRow[]): Promise<void> {
  await mkdir(outDir, { recursive: true })
  const json = join(outDir, `.${name}.json`)
  await writeFile(json, JSON.stringify(rows))
  const staged = `published_${name}`
  // Explicit column types, so an empty table or an all-empty column keeps its type.
  const types = structValue(Object.fromEntries(columns.map((c) => [c.name, SQL_TYPES[c.type]])))
  await connection.run(`create or replace temp table ${staged} as select ${columns.map((c) => `"${c.name}"`).join(', ')} from read_json($file, format = 'array', columns = $types)`, { file: json, types })
  try {
    await writeStaged(connection, outDir, name, staged, arrowTable(columns, rows), publishedCsv(columns, rows))
  } finally {
    await unlink(json)
  }
}

const PUBLISHED_LISTS_TABLE = `create table if not exists published_lists (out_dir varchar, name varchar, fingerprint varchar)`

/**
 * Writes a list of redacted texts, staged by stageList in a temp table, the same three ways; unless the same
 * rows in the same order were published to this folder before and its files are still there (a list of tens of
 * thousands of texts takes about half a second to write).
 */
export async function writeList(connection: DuckDBConnection, outDir: string, list: PublishedList, staged: string): Promise<void> {
  await connection.run(PUBLISHED_LISTS_TABLE)
  const [{ fingerprint }] = (await queryRows(connection, `select concat(count(*), ':', coalesce(bit_xor(hash(rowid, t)), 0)) as fingerprint from ${staged} t`)) as [{ fingerprint: string }]
  const [previous] = await queryRows(connection, 'select fingerprint from published_lists where out_dir = $out_dir and name = $name', { out_dir: outDir, name: list.name })
  const filesThere = Object.keys(PUBLISHED_FORMATS).every((format) => existsSync(join(outDir, `${list.name}.${format}`)))
  if (previous?.fingerprint === fingerprint && filesThere) {
    await connection.run(`drop table ${staged}`)
    return
  }
  // One JSON text crosses into JavaScript: converting tens of thousands of values one by one costs several times more.
  const [{ json }] = (await queryRows(connection, `select coalesce(to_json(list(t)), '[]')::varchar as json from (select * from ${staged} order by rowid) t`)) as [{ json: string }]
  const rows = JSON.parse(json) as Record<string, unknown>[]
  const columns = listColumns(list)
  const vectors: Record<string, Vector> = Object.fromEntries(
    columns.map((c) => {
      const values = rows.map((row) => (row[c.name] ?? null) as string | null)
      return [c.name, c.type === 'code' ? vectorFromArray(values, new Dictionary(new Utf8(), new Int16())) : utf8Vector(values)]
    }),
  )
  await mkdir(outDir, { recursive: true })
  await writeStaged(connection, outDir, list.name, staged, new Table(vectors), publishedCsv(columns, rows as PublishedRow[]))
  await connection.run('delete from published_lists where out_dir = $out_dir and name = $name', { out_dir: outDir, name: list.name })
  await connection.run('insert into published_lists values ($out_dir, $name, $fingerprint)', { out_dir: outDir, name: list.name, fingerprint })
}

/** A list's published columns: codes and years, each code with its Dutch label beside it, and the texts. */
export function listColumns(list: PublishedList): PublishedColumn[] {
  return list.columns.flatMap((c): PublishedColumn[] =>
    c.type === 'code'
      ? [
          { name: c.name, type: 'code' },
          ...(c.name === 'municipality' ? [] : [{ name: `${c.name}_label`, type: 'string' } as const]),
        ]
      : [{ name: c.name, type: c.type === 'year' ? 'code' : 'string' }],
  )
}

const NUMERIC: ReadonlySet<PublishedColumn['type']> = new Set(['integer', 'number', 'boolean'])

/**
 * Rows as the CSV people open in a spreadsheet, through the contract's one CSV writer: text cells that look like
 * a formula are neutralised, numbers and flags of typed columns are written as they are.
 */
export function publishedCsv(columns: readonly PublishedColumn[], rows: readonly PublishedRow[]): string {
  const cell = (column: PublishedColumn, value: PublishedRow[string] | undefined): CsvValue => {
    if (value === null || value === undefined) return null
    if (NUMERIC.has(column.type)) return typeof value === 'string' ? Number(value) : value
    return String(value)
  }
  return csvFile(
    columns.map((c) => c.name),
    rows.map((row) => columns.map((c) => cell(c, row[c.name]))),
  )
}

/** A staged temp table as Parquet (by DuckDB), the CSV and Arrow IPC; the table is dropped afterwards. */
async function writeStaged(connection: DuckDBConnection, outDir: string, name: string, staged: string, arrow: Table, csv: string): Promise<void> {
  const partialParquet = join(outDir, `.${name}.parquet`)
  await connection.run(`copy ${staged} to $file (format parquet)`, { file: partialParquet })
  await rename(partialParquet, join(outDir, `${name}.parquet`))
  for (const [ext, bytes] of [
    ['csv', csv],
    ['arrow', tableToIPC(arrow, 'stream')],
  ] as const) {
    const partial = join(outDir, `.${name}.${ext}`)
    await writeFile(partial, bytes)
    await rename(partial, join(outDir, `${name}.${ext}`))
  }
  await connection.run(`drop table ${staged}`)
}

/**
 * Explicit Arrow types, so a column that happens to be all empty keeps its type. Codes repeat on every row:
 * dictionary-encoded they take two bytes a row, which keeps the dashboard's downloads small.
 */
function arrowTable(columns: readonly PublishedColumn[], rows: readonly PublishedRow[]): Table {
  const typeOf = (type: PublishedColumn['type']): DataType =>
    type === 'code' || type === 'string' ? new Dictionary(new Utf8(), new Int16()) : type === 'boolean' ? new Bool() : type === 'integer' ? new Int32() : type === 'date' ? new Utf8() : new Float64()
  const vectors: Record<string, Vector> = Object.fromEntries(columns.map((c) => [c.name, vectorFromArray(rows.map((r) => r[c.name] ?? null) as never[], typeOf(c.type))]))
  return new Table(vectors)
}
