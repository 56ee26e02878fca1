import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api'

/** One DuckDB database for the pipeline: a file, so incremental runs keep their staged rows, or memory. */
export async function openDuckDb(path: string | ':memory:'): Promise<{ connection: DuckDBConnection; close(): void }> {
  const instance = await DuckDBInstance.create(path)
  const connection = await instance.connect()
  // Months and years are those of the municipality, not of UTC: 31 January 23:30 in Amsterdam is January.
  await connection.run(`set TimeZone = 'Europe/Amsterdam'`)
  return {
    connection,
    close() {
      connection.closeSync()
      instance.closeSync()
    },
  }
}

/** Rows of a query as plain objects with JS values; `params` are bound to its `$name` parameters. */
export async function queryRows(connection: DuckDBConnection, sql: string, params?: Record<string, DuckDBValue>): Promise<Record<string, unknown>[]> {
  const reader = await connection.runAndReadAll(sql, params)
  return reader.getRowObjectsJS() as Record<string, unknown>[]
}
