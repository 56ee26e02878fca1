import { existsSync } from 'node:fs'
import { chmod, rename, rm } from 'node:fs/promises'
import type { DuckDBConnection } from '@duckdb/node-api'
import { STATISTICS_RECORD } from '@klankbord/contract/statistics-record'
import { queryRows } from './duckdb.js'
import type { ListTexts } from './lists.js'
import { runSqlFile, type SqlParam } from './sql-file.js'

/** The newest change read so far, so the next run extracts only what changed after it. */
const STATE_TABLE = `create table if not exists pipeline_state (last_change timestamptz)`

/**
 * What the stage SQL decodes the statistics record by, all from the contract's codec: the type of each field
 * (`types`), and under each code or bit-mask field's name its vocabulary.
 */
const RECORD_PARAMS: Readonly<Record<string, SqlParam>> = {
  types: Object.fromEntries(STATISTICS_RECORD.map((field) => [field.name, field.type])),
  ...Object.fromEntries(STATISTICS_RECORD.flatMap((field) => ('codes' in field ? [[field.name, field.codes]] : []))),
}

/** What the store's extract hands over: CSV files and the newest change they include. */
export type Extract = {
  /** One CSV file, or parts yielded as they are written (staged while the next part is extracted). */
  concerns: string | AsyncIterable<string>
  places: string
  lastChange: Date | undefined
  /** When the first concern came in: the first published year starts that day. */
  firstConcernAt: Date | undefined
  /**
   * The codes of the published lists' rows (lists.ts), one CSV file per list, without any text; complete once
   * every part of `concerns` has been read.
   */
  lists: Readonly<Record<string, string>>
  /** The texts of list rows that need redacting; only these texts leave the store. */
  listTexts: ListTexts
}

/**
 * Loads an extract into the staging table. Rows already staged are replaced, so a run over the changes since
 * the last run gives the same table as a full run. Exact times are turned into months and durations here and
 * are not kept. Into an empty table each part is inserted in one statement, started before the next part is
 * extracted, so DuckDB's threads work while the store copies.
 */
export async function stageExtract(connection: DuckDBConnection, extract: Pick<Extract, 'concerns' | 'places'>): Promise<number> {
  await runSqlFile(connection, 'staging.sql', RECORD_PARAMS)
  await runSqlFile(connection, 'stage-places.sql', { file: extract.places })
  const parts = typeof extract.concerns === 'string' ? [extract.concerns] : extract.concerns
  const count = async (table: 'concerns' | 'changed') => ((await queryRows(connection, `select count(*)::integer as n from ${table}`)) as [{ n: number }])[0].n
  let read = 0
  if ((await count('concerns')) === 0) {
    // One DuckDB thread while the store copies on Node's thread: on two cores the two would otherwise contend.
    const [{ threads }] = (await queryRows(connection, `select current_setting('threads')::integer as threads`)) as [{ threads: number }]
    await connection.run('set threads = 1')
    let staging: Promise<unknown> = Promise.resolve()
    try {
      for await (const file of parts) {
        staging = staging.then(() => runSqlFile(connection, 'stage-records.sql', { ...RECORD_PARAMS, file }))
        // Awaited after the last part; until then a failure must not count as unhandled.
        staging.catch(() => {})
      }
      await staging
    } finally {
      await connection.run('set threads = $threads', { threads })
    }
    read = await count('concerns')
  } else {
    for await (const file of parts) {
      await runSqlFile(connection, 'unstage-changed.sql', { ...RECORD_PARAMS, file })
      read += await count('changed')
      await runSqlFile(connection, 'stage-records.sql', { ...RECORD_PARAMS, file })
      await connection.run('drop table changed')
    }
  }
  return read
}

/**
 * A run works on the staged rows in memory, in the temp table `concerns`, filled from the kept Parquet file
 * unless the run starts afresh. Writing a million rows into the DuckDB file as they are staged costs seconds;
 * keepStaging writes them once, as Parquet, in about half the time a DuckDB table takes.
 */
export async function openStaging(connection: DuckDBConnection, options: { keptFile: string | undefined; fresh: boolean }): Promise<void> {
  await connection.run('drop table if exists concerns')
  await runSqlFile(connection, 'staging.sql', RECORD_PARAMS)
  if (!options.fresh && options.keptFile && existsSync(options.keptFile)) await connection.run('insert into concerns select * from read_parquet($file)', { file: options.keptFile })
}

/**
 * Keeps the run's staged rows (microdata: readable by the server's user only), then the newest change they
 * include: in this order, so the state never claims rows the file does not hold. A run that read nothing
 * leaves the kept rows as they are.
 */
export async function keepStaging(connection: DuckDBConnection, keptFile: string | undefined, rowsRead: number, lastChange: Date | undefined): Promise<void> {
  if (!keptFile) return
  if (rowsRead > 0) {
    const partial = `${keptFile}.partial`
    await connection.run('copy concerns to $file (format parquet)', { file: partial })
    await chmod(partial, 0o600)
    await rename(partial, keptFile)
  }
  await connection.run(STATE_TABLE)
  if (lastChange) await connection.run('insert into pipeline_state values ($last_change::timestamptz)', { last_change: lastChange.toISOString() })
}

/** The newest change staged so far: the next run extracts only what changed after it. Nothing, when no rows are kept. */
export async function lastStagedChange(connection: DuckDBConnection, keptFile: string | undefined): Promise<Date | undefined> {
  if (!keptFile || !existsSync(keptFile)) return undefined
  await connection.run(STATE_TABLE)
  const [row] = await queryRows(connection, 'select max(last_change) as last from pipeline_state')
  const last = row?.last
  return last ? new Date(last as string | number | Date) : undefined
}

/**
 * Kept rows of an older version of the staging (other columns than staging.sql's table) cannot be updated in
 * place: they are dropped, so this run extracts everything again. Tables of older layouts (rows kept in the
 * DuckDB file, redacted texts as JSON in one table) are dropped too.
 */
export async function dropOutdatedStaging(connection: DuckDBConnection, keptFile: string | undefined): Promise<void> {
  await connection.run('drop table if exists concerns')
  await connection.run('drop table if exists redacted_rows')
  if (!keptFile || !existsSync(keptFile)) return
  await runSqlFile(connection, 'staging.sql', RECORD_PARAMS)
  const layout = (rows: Record<string, unknown>[]) => rows.map((r) => `${r.column_name} ${r.column_type}`).join(', ')
  const kept = layout(await queryRows(connection, 'describe select * from read_parquet($file)', { file: keptFile }))
  const current = layout(await queryRows(connection, 'describe concerns'))
  await connection.run('drop table concerns')
  if (kept !== current) await clearStaged(connection, keptFile)
}

/** Forgets everything staged, for a full run. */
export async function clearStaged(connection: DuckDBConnection, keptFile: string | undefined): Promise<void> {
  if (keptFile) await rm(keptFile, { force: true })
  await connection.run('drop table if exists pipeline_state')
}
