import type { DuckDBConnection } from '@duckdb/node-api'
import { literal, queryRows } from './duckdb.js'

/** The staged statistical rows; the same columns the store's extract writes, typed. */
const CONCERNS_TABLE = `
  create table if not exists concerns (
    id varchar primary key, municipality_id varchar, municipality varchar, partner_kind varchar, channel varchar,
    domain varchar, kinds varchar[], wish varchar, on_behalf_of boolean, contact_mode varchar, status varchar,
    support_given varchar[], outcome varchar, created_at timestamptz, first_contact_by date,
    first_contact_at timestamptz, closed_at timestamptz, updated_at timestamptz,
    -- Set by the anonymisation step for every run: month, quarter or year.
    period varchar)`

/**
 * Loads an extract (CSV with a header) into the staging table. Rows already staged are replaced, so a run
 * over the changes since the last run gives the same table as a full run.
 */
export async function stageExtract(connection: DuckDBConnection, csvFile: string): Promise<number> {
  await connection.run(CONCERNS_TABLE)
  const source = `read_csv(${literal(csvFile)}, header = true, all_varchar = true)`
  await connection.run(`create or replace temp table incoming as select * from ${source}`)
  const [{ n }] = (await queryRows(connection, 'select count(*)::integer as n from incoming')) as [{ n: number }]
  await connection.run('delete from concerns where id in (select id from incoming)')
  await connection.run(`
    insert into concerns select
      id, municipality_id, municipality, partner_kind, channel, domain,
      case when kinds = '' or kinds is null then []::varchar[] else string_split(kinds, '|') end,
      wish, on_behalf_of in ('t', 'true'), contact_mode, status,
      case when support_given = '' or support_given is null then []::varchar[] else string_split(support_given, '|') end,
      nullif(outcome, ''), created_at::timestamptz, first_contact_by::date,
      nullif(first_contact_at, '')::timestamptz, nullif(closed_at, '')::timestamptz, updated_at::timestamptz, null
    from incoming`)
  await connection.run('drop table incoming')
  return n
}

/** The newest change staged so far: the next run extracts only what changed after it. */
export async function lastStagedChange(connection: DuckDBConnection): Promise<Date | undefined> {
  await connection.run(CONCERNS_TABLE)
  const [row] = await queryRows(connection, 'select max(updated_at) as last from concerns')
  const last = row?.last
  return last ? new Date(last as string | number | Date) : undefined
}

/** Signals are few: their codes (never their texts) are staged again in full at every run. */
export async function stageSignals(connection: DuckDBConnection, csvFile: string): Promise<void> {
  await connection.run(
    `create or replace table signals as select municipality, domain, status, created_at::timestamptz as created_at from read_csv(${literal(csvFile)}, header = true, all_varchar = true)`,
  )
}
