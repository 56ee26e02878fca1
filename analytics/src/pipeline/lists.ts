import { unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DuckDBConnection } from '@duckdb/node-api'
import { redact, redactorFingerprint } from '../redaction/index.js'
import { literal, queryRows } from './duckdb.js'

/**
 * Published lists of texts, beside the tables of counts. Their texts were checked for personal data when the
 * confidant wrote them, and are redacted again here before they reach DuckDB or a file.
 */
export type ListDefinition = {
  name: string
  /** Dutch, for GET /api/v1/statistics. */
  description: string
  /** Columns in order; `text` columns hold redacted free text; the year is a string, like the tables' dimensions. */
  columns: readonly { name: string; type: 'code' | 'text' | 'year' }[]
}

export const LISTS: readonly ListDefinition[] = [
  {
    name: 'signal_texts',
    description:
      'Signalen die de vertrouwenspersoon met de gemeente deelde, met het antwoord van de gemeente ("u zei, wij deden"). Zonder persoonsgegevens; wat erop leek is vervangen door [NAAM], [TELEFOON] enzovoort.',
    columns: [
      { name: 'year', type: 'year' },
      { name: 'municipality', type: 'code' },
      { name: 'domain', type: 'code' },
      { name: 'status', type: 'code' },
      { name: 'theme', type: 'text' },
      { name: 'text', type: 'text' },
      { name: 'response', type: 'text' },
    ],
  },
  {
    name: 'recommendations',
    description: 'Aanbevelingen uit de jaarverslagen van de vertrouwenspersoon, met wat de gemeente ermee deed.',
    columns: [
      { name: 'year', type: 'year' },
      { name: 'municipality', type: 'code' },
      { name: 'status', type: 'code' },
      { name: 'text', type: 'text' },
      { name: 'response', type: 'text' },
    ],
  },
]

export type ListRow = Record<string, string | null>

/** The list's columns only, every text column redacted; anything else the store handed over is dropped. */
export function publishableListRow(list: ListDefinition, row: Readonly<Record<string, unknown>>): ListRow {
  return Object.fromEntries(
    list.columns.map(({ name, type }) => {
      const value = row[name]
      if (value === null || value === undefined || value === '') return [name, null]
      if (type === 'year') return [name, String(value)]
      return [name, type === 'text' ? redact(String(value)).text : String(value)]
    }),
  )
}

/** A row is redacted again when it changed or when the redactor did. */
const versionOf = (row: Readonly<Record<string, unknown>>, redactor: string) => `${row.updated_at instanceof Date ? row.updated_at.toISOString() : String(row.updated_at)} ${redactor}`

const CACHE_TABLE = `create table if not exists redacted_rows (list varchar, id varchar, version varchar, row json)`

/**
 * The list's rows, redacted. Redacting costs about 50 µs a text and a large region has tens of thousands of
 * signals, so redacted rows are kept in DuckDB by id and version (`updated_at`) and only changed rows are
 * redacted again, or all of them when the redactor's code changed (its fingerprint).
 */
export async function redactedListRows(connection: DuckDBConnection, list: ListDefinition, rows: readonly Readonly<Record<string, unknown>>[]): Promise<ListRow[]> {
  await connection.run(CACHE_TABLE)
  const redactor = await redactorFingerprint()
  const kept = new Map<string, { version: string; row: ListRow }>()
  for (const r of await queryRows(connection, `select id, version, row::varchar as row from redacted_rows where list = ${literal(list.name)}`)) {
    kept.set(String(r.id), { version: String(r.version), row: JSON.parse(String(r.row)) as ListRow })
  }
  let redacted = 0
  const result = rows.map((source) => {
    const cached = kept.get(String(source.id))
    if (cached && cached.version === versionOf(source, redactor)) return cached.row
    redacted++
    return publishableListRow(list, source)
  })
  // Rewritten when anything was redacted or a row disappeared; otherwise the kept rows are exactly these.
  if (redacted || rows.length !== kept.size) {
    const file = join(tmpdir(), `klankbord-redacted-${process.pid}-${list.name}.json`)
    await writeFile(file, JSON.stringify(rows.map((source, i) => ({ list: list.name, id: String(source.id), version: versionOf(source, redactor), row: JSON.stringify(result[i]) }))))
    try {
      await connection.run(`delete from redacted_rows where list = ${literal(list.name)}`)
      if (rows.length) await connection.run(`insert into redacted_rows select list, id, version, row::json from read_json(${literal(file)}, format = 'array', columns = {list: 'VARCHAR', id: 'VARCHAR', version: 'VARCHAR', row: 'VARCHAR'})`)
    } finally {
      await unlink(file)
    }
  }
  return result
}
