import { getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm'
import type { PgTable } from 'drizzle-orm/pg-core'

/**
 * `insert into t (columns) select columns from json_populate_recordset(null::t, $1)`: many rows as one
 * JSON parameter. On PGlite this is several times faster than a multi-row VALUES list, whose every
 * value is a separate parameter crossing into WebAssembly. Column names come from the Drizzle schema;
 * columns a row leaves out get their defaults.
 */
export function jsonInsert<T extends PgTable>(table: T, rows: readonly T['$inferInsert'][]): SQL {
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => rows.some((row) => (row as Record<string, unknown>)[key] !== undefined))
  const json = rows.map((row) => Object.fromEntries(columns.map(([key, column]) => [column.name, jsonValue((row as Record<string, unknown>)[key])])))
  const list = sql.join(
    columns.map(([, column]) => sql.identifier(column.name)),
    sql`, `,
  )
  const name = sql.identifier(getTableName(table))
  return sql`insert into ${name} (${list}) select ${list} from json_populate_recordset(null::${name}, ${JSON.stringify(json)}::json)`
}

function jsonValue(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : (value ?? null)
}
