import type { DuckDBConnection } from '@duckdb/node-api'
import { queryRows } from './duckdb.js'

export type Granularity = 'month' | 'quarter' | 'year'

/**
 * Concerns per year from which a municipality's figures may be shown per month or per quarter. Below them, a
 * month's count would mostly be suppressed anyway and the few published ones would point at people.
 */
const MONTHLY_FROM = 600
const QUARTERLY_FROM = 120

/**
 * The period every table uses, chosen for the smallest municipality (by its busiest year), so totals over
 * municipalities never mix months with years.
 */
export async function chooseGranularity(connection: DuckDBConnection): Promise<Granularity> {
  const [row] = await queryRows(
    connection,
    `select min(busiest)::integer as smallest from (
       select municipality, max(n) as busiest from (select municipality, year(created_month) as y, count(*) as n from concerns group by all) group by municipality)`,
  )
  const smallest = Number(row?.smallest ?? 0)
  return smallest >= MONTHLY_FROM ? 'month' : smallest >= QUARTERLY_FROM ? 'quarter' : 'year'
}

const PERIOD_SQL: Record<Granularity, string> = {
  month: `strftime(created_month, '%Y-%m')`,
  quarter: `strftime(created_month, '%Y') || '-K' || quarter(created_month)`,
  year: `strftime(created_month, '%Y')`,
}

/**
 * The staged rows with their generalised `period`, as the view `staged` that every table reads. A view, not a
 * stored column: rewriting a million rows at every run would cost more than the whole aggregation.
 */
export async function applyPeriods(connection: DuckDBConnection, granularity: Granularity): Promise<void> {
  await connection.run(`create or replace temp view staged as select *, ${PERIOD_SQL[granularity]} as period from concerns`)
}
