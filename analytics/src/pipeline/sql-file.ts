import { readFileSync } from 'node:fs'
import { listValue, structValue, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api'

/** A value for a `$name` parameter of an SQL file: a list of codes binds as a DuckDB list, a record of strings as a struct. */
export type SqlParam = string | number | boolean | null | readonly string[] | Readonly<Record<string, string>>

const texts = new Map<string, string>()

/** A reviewed statement file of src/pipeline/sql, which the build copies to dist/pipeline/sql; read once. */
function sqlFile(name: string): string {
  let text = texts.get(name)
  if (text === undefined) {
    text = readFileSync(new URL(`./sql/${name}`, import.meta.url), 'utf8')
    texts.set(name, text)
  }
  return text
}

function duckValue(value: SqlParam): DuckDBValue {
  if (Array.isArray(value)) return listValue([...(value as readonly string[])])
  if (value !== null && typeof value === 'object') return structValue({ ...(value as Readonly<Record<string, string>>) })
  return value as string | number | boolean | null
}

/**
 * Runs the statements of an SQL file in order, each with the `$name` parameters it uses bound from `params`:
 * DuckDB prepares one statement at a time, and cannot bind a name that the statement does not use.
 */
export async function runSqlFile(connection: DuckDBConnection, name: string, params: Readonly<Record<string, SqlParam>> = {}): Promise<void> {
  const statements = await connection.extractStatements(sqlFile(name))
  for (let i = 0; i < statements.count; i++) {
    const prepared = await statements.prepare(i)
    try {
      for (let index = 1; index <= prepared.parameterCount; index++) {
        const parameter = prepared.parameterName(index)
        const value = params[parameter]
        if (value === undefined) throw new Error(`${name} needs the parameter $${parameter}`)
        prepared.bindValue(index, duckValue(value))
      }
      await prepared.run()
    } finally {
      prepared.destroySync()
    }
  }
}
