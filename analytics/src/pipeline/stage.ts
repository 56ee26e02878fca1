import type { DuckDBConnection } from '@duckdb/node-api'
import { literal, queryRows } from './duckdb.js'

/**
 * The staged statistical rows, kept between runs so a run only reads what changed. Minimised on the way in:
 * no exact dates (the month, and durations in days), no channel, contact mode or on-behalf flag, which no
 * table uses. The id only says which row to replace; it is never published.
 */
const CONCERNS_TABLE = `
  create table if not exists concerns (
    id varchar primary key, municipality varchar, partner_kind varchar, domain varchar, kinds varchar[], wish varchar,
    status varchar, support_given varchar[], outcome varchar, created_month date, closed_month date,
    first_contact_days double, close_days double, first_contact_on_time boolean,
    -- Set by the anonymisation step for every run: month, quarter or year.
    period varchar)`

/** The newest change read so far, so the next run extracts only what changed after it. */
const STATE_TABLE = `create table if not exists pipeline_state (last_change timestamptz)`

const days = (from: string, to: string) => `date_diff('minute', ${from}::timestamptz, nullif(${to}, '')::timestamptz) / 1440.0`
const list = (column: string) => `case when ${column} = '' or ${column} is null then []::varchar[] else list_sort(string_split(${column}, '|')) end`

/**
 * Loads an extract (CSV with a header) into the staging table. Rows already staged are replaced, so a run
 * over the changes since the last run gives the same table as a full run.
 */
export async function stageExtract(connection: DuckDBConnection, csvFile: string): Promise<number> {
  await connection.run(CONCERNS_TABLE)
  await connection.run(STATE_TABLE)
  const source = `read_csv(${literal(csvFile)}, header = true, all_varchar = true)`
  await connection.run(`create or replace temp table incoming as select * from ${source}`)
  const [{ n }] = (await queryRows(connection, 'select count(*)::integer as n from incoming')) as [{ n: number }]
  await connection.run('delete from concerns where id in (select id from incoming)')
  await connection.run(`
    insert into concerns select
      id, municipality, partner_kind, domain, ${list('kinds')}, wish, status, ${list('support_given')}, nullif(outcome, ''),
      date_trunc('month', created_at::timestamptz)::date, date_trunc('month', nullif(closed_at, '')::timestamptz)::date,
      ${days('created_at', 'first_contact_at')}, ${days('created_at', 'closed_at')},
      case when nullif(first_contact_at, '') is null then null else nullif(first_contact_at, '')::timestamptz::date <= first_contact_by::date end,
      null
    from incoming`)
  await connection.run(`
    insert into pipeline_state select max(updated_at::timestamptz) from incoming where exists (select 1 from incoming)`)
  await connection.run('drop table incoming')
  return n
}

/** The newest change staged so far: the next run extracts only what changed after it. */
export async function lastStagedChange(connection: DuckDBConnection): Promise<Date | undefined> {
  await connection.run(STATE_TABLE)
  const [row] = await queryRows(connection, 'select max(last_change) as last from pipeline_state')
  const last = row?.last
  return last ? new Date(last as string | number | Date) : undefined
}

/** Forgets everything staged, for a full run. */
export async function clearStaged(connection: DuckDBConnection): Promise<void> {
  await connection.run('drop table if exists concerns')
  await connection.run('drop table if exists pipeline_state')
}

/** Signals are few: their codes (never their texts) are staged again in full at every run. */
export async function stageSignals(connection: DuckDBConnection, csvFile: string): Promise<void> {
  await connection.run(
    `create or replace table signals as select municipality, domain, status, date_trunc('month', created_at::timestamptz)::date as created_month from read_csv(${literal(csvFile)}, header = true, all_varchar = true)`,
  )
}
