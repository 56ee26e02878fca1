import { existsSync } from 'node:fs'
import { chmod, rename, rm } from 'node:fs/promises'
import type { DuckDBConnection } from '@duckdb/node-api'
import { STATISTICS_RECORD_FIELDS, type StatisticsRecordField } from '@klankbord/contract'
import { DOMAINS, KINDS, OUTCOMES, SUPPORT_GIVEN, WISHES } from '@klankbord/contract/vocabulary'
import { literal, queryRows } from './duckdb.js'
import type { ListTexts } from './lists.js'

/**
 * The staged statistical rows, kept between runs so a run only reads what changed. Minimised on the way in:
 * no exact dates (the month, and durations in days), no channel, contact mode, status or on-behalf flag, which
 * no table uses. The id (the concern's statistics id, a number) only says which row to replace; it is never published.
 */
const STAGED_COLUMNS = [
  ['id', 'bigint not null'],
  ['municipality', 'varchar'],
  ['partner_kind', 'varchar'],
  ['domain', 'varchar'],
  // Several codes stay the contract's bit mask (KINDS, SUPPORT_GIVEN): as a list column they would double the cost
  // of staging a million rows. The tables turn them into codes with kind_masks and support_masks.
  ['kinds', 'integer'],
  ['wish', 'varchar'],
  ['support_given', 'integer'],
  ['outcome', 'varchar'],
  ['created_month', 'date'],
  ['closed_month', 'date'],
  ['first_contact_days', 'double'],
  ['close_days', 'double'],
  ['first_contact_on_time', 'boolean'],
] as const
const STAGED_COLUMNS_SQL = STAGED_COLUMNS.map(([name, type]) => `${name} ${type}`).join(', ')
/** In memory: openStaging fills it from the kept rows, keepStaging keeps it. */
const CONCERNS_TABLE = `create temp table if not exists concerns (${STAGED_COLUMNS_SQL})`

/** The newest change read so far, so the next run extracts only what changed after it. */
const STATE_TABLE = `create table if not exists pipeline_state (last_change timestamptz)`

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
 * The type of each field of the extract, read in the contract's order (STATISTICS_RECORD_FIELDS), so DuckDB parses
 * each value once and in parallel: the store's statistics record (api/src/db/schema/statistics-record.ts), numbers
 * only. Codes are positions in the contract's vocabulary lists, several codes a bit mask, places a key that the
 * places file names.
 */
const EXTRACT_TYPES: Record<StatisticsRecordField, string> = {
  statistics_id: 'BIGINT',
  municipality_key: 'BIGINT',
  partner_key: 'BIGINT',
  domain: 'TINYINT',
  kinds: 'INTEGER',
  wish: 'TINYINT',
  support_given: 'INTEGER',
  outcome: 'TINYINT',
  created_minute: 'BIGINT',
  first_contact_after: 'BIGINT',
  closed_after: 'BIGINT',
  first_contact_on_time: 'TINYINT',
}
const columnsOption = `{${STATISTICS_RECORD_FIELDS.map((name) => `'${name}': '${EXTRACT_TYPES[name]}'`).join(', ')}}`

const listLiteral = (codes: readonly string[]) => `[${codes.map((code) => literal(code)).join(', ')}]::varchar[]`
/** The code at a position in the vocabulary (DuckDB lists count from 1). */
const code = (column: string, codes: readonly string[]) => `(${listLiteral(codes)})[${column} + 1]`
/**
 * Every bit mask with its codes, sorted, for the tables that count kinds and support (tables.ts): a join with this
 * small table is several times cheaper than a list lambda per row.
 */
const maskTable = (name: string, vocabulary: readonly string[]) =>
  `create or replace temp table ${name} as select range::integer as mask, list_sort(list_filter(${listLiteral(vocabulary)}, (c, i) -> (range >> (i - 1)) & 1 = 1)) as codes from range(${2 ** vocabulary.length})`

async function createMaskTables(connection: DuckDBConnection): Promise<void> {
  await connection.run(maskTable('kind_masks', KINDS))
  await connection.run(maskTable('support_masks', SUPPORT_GIVEN))
}

/**
 * The Dutch calendar month of a time given in minutes since 1970. ICU's time-zone conversion costs about half
 * a second per million values, so the offset is worked out instead: at every month boundary the Netherlands is
 * on summer time (UTC+2) from the start of April to the start of October and on winter time (UTC+1) for the other
 * starts, because the EU switches on the last Sundays of March and October, always before the month ends.
 * Away from a boundary the offset cannot change the month. `epoch_ms` gives a plain timestamp, so no time zone applies.
 */
export const dutchMonth = (minuteColumn: string) => {
  const shifted = (hours: number | string) => `epoch_ms(((${minuteColumn})::bigint * 60 + ${hours} * 3600) * 1000)`
  return `date_trunc('month', ${shifted(`case when month(${shifted(2)}) between 4 and 10 then 2 else 1 end`)})::date`
}
const days = (minutes: string) => `${minutes} / 1440.0`

/** The insert that turns extracted rows (`i`) into staged rows: codes, months, durations, place names. */
const stagingInsert = (source: string) => `
    insert into concerns select
      i.statistics_id, m.value, coalesce(p.value, 'confidant'), ${code('i.domain', DOMAINS)}, i.kinds, ${code('i.wish', WISHES)}, i.support_given, ${code('i.outcome', OUTCOMES)},
      ${dutchMonth('i.created_minute')}, ${dutchMonth('i.created_minute + i.closed_after')},
      ${days('i.first_contact_after')}, ${days('i.closed_after')},
      i.first_contact_on_time = 1
    from ${source} i
    join places m on m.type = 'municipality' and m.id = i.municipality_key
    left join places p on p.type = 'partner' and p.id = i.partner_key`

const readExtract = (file: string) => `read_csv(${literal(file)}, header = false, delim = ',', quote = '', escape = '', auto_detect = false, columns = ${columnsOption})`

/**
 * Loads an extract into the staging table. Rows already staged are replaced, so a run over the changes since
 * the last run gives the same table as a full run. Exact times are turned into months and durations here and
 * are not kept. Into an empty table each part is inserted in one statement, started before the next part is
 * extracted, so DuckDB's threads work while the store copies.
 */
export async function stageExtract(connection: DuckDBConnection, extract: Pick<Extract, 'concerns' | 'places'>): Promise<number> {
  await connection.run(CONCERNS_TABLE)
  await connection.run(
    `create or replace temp table places as select * from read_csv(${literal(extract.places)}, header = true, columns = {'type': 'VARCHAR', 'id': 'BIGINT', 'value': 'VARCHAR'})`,
  )
  await createMaskTables(connection)
  const parts = typeof extract.concerns === 'string' ? [extract.concerns] : extract.concerns
  const count = async (table: string) => ((await queryRows(connection, `select count(*)::integer as n from ${table}`)) as [{ n: number }])[0].n
  let read = 0
  if ((await count('concerns')) === 0) {
    // One DuckDB thread while the store copies on Node's thread: on two cores the two would otherwise contend.
    const [{ threads }] = (await queryRows(connection, `select current_setting('threads')::integer as threads`)) as [{ threads: number }]
    await connection.run('set threads = 1')
    let staging: Promise<unknown> = Promise.resolve()
    try {
      for await (const file of parts) {
        staging = staging.then(() => connection.run(stagingInsert(readExtract(file))))
        // Awaited after the last part; until then a failure must not count as unhandled.
        staging.catch(() => {})
      }
      await staging
    } finally {
      await connection.run(`set threads = ${Number(threads)}`)
    }
    read = await count('concerns')
  } else {
    for await (const file of parts) {
      await connection.run(`create or replace temp table incoming as select * from ${readExtract(file)}`)
      read += await count('incoming')
      await connection.run('delete from concerns where id in (select statistics_id from incoming)')
      await connection.run(stagingInsert('incoming'))
      await connection.run('drop table incoming')
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
  await connection.run(CONCERNS_TABLE)
  await createMaskTables(connection)
  if (!options.fresh && options.keptFile && existsSync(options.keptFile)) await connection.run(`insert into concerns select * from read_parquet(${literal(options.keptFile)})`)
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
    await connection.run(`copy concerns to ${literal(partial)} (format parquet)`)
    await chmod(partial, 0o600)
    await rename(partial, keptFile)
  }
  await connection.run(STATE_TABLE)
  if (lastChange) await connection.run(`insert into pipeline_state values ('${lastChange.toISOString()}'::timestamptz)`)
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
 * Kept rows of an older version of the staging (other columns) cannot be updated in place: they are dropped, so
 * this run extracts everything again. Tables of older layouts (rows kept in the DuckDB file, redacted texts as
 * JSON in one table) are dropped too.
 */
export async function dropOutdatedStaging(connection: DuckDBConnection, keptFile: string | undefined): Promise<void> {
  await connection.run('drop table if exists concerns')
  await connection.run('drop table if exists redacted_rows')
  if (!keptFile || !existsSync(keptFile)) return
  const existing = (await queryRows(connection, `select column_name, column_type from (describe select * from read_parquet(${literal(keptFile)}))`)).map((r) => `${r.column_name} ${r.column_type}`.toLowerCase())
  if (existing.join(',') !== STAGED_COLUMNS.map(([name, type]) => `${name} ${type.replace(' not null', '')}`).join(',')) await clearStaged(connection, keptFile)
}

/** Forgets everything staged, for a full run. */
export async function clearStaged(connection: DuckDBConnection, keptFile: string | undefined): Promise<void> {
  if (keptFile) await rm(keptFile, { force: true })
  await connection.run('drop table if exists pipeline_state')
}
