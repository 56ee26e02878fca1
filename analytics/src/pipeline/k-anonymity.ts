import type { DuckDBConnection } from '@duckdb/node-api'
import { queryRows } from './duckdb.js'

/**
 * Together these could single out a resident who knows, or is known, to have come to the confidant. The intake
 * channel is one: a neighbour seen at the walk-in hours, or a resident who says they phoned, gives it away as
 * easily as the partner they came through.
 */
export const QUASI_IDENTIFIERS = ['municipality', 'partner_kind', 'channel', 'domain', 'kinds', 'wish', 'period'] as const

export type KAnonymityReport = {
  k: number
  rows: number
  /** Groups of rows with the same quasi-identifiers. */
  classes: number
  /** Rows whose group is smaller than k: each of them is one of fewer than k people. */
  rowsBelowK: number
  smallestClass: number
}

/**
 * k-anonymity of the microdata the pipeline keeps (the staged rows, after generalising dates to the period).
 * The kinds are compared as a set: staging keeps them as the contract's bit mask (stage.ts), so the order a
 * resident ticked them in does not make a row unique.
 */
export async function checkKAnonymity(connection: DuckDBConnection, k: number, table = 'staged'): Promise<KAnonymityReport> {
  const [row] = await queryRows(
    connection,
    `select count(*)::integer as classes, coalesce(sum(n), 0)::integer as rows, coalesce(sum(n) filter (where n < ${Number(k)}), 0)::integer as below,
            coalesce(min(n), 0)::integer as smallest
     from (select count(*) as n from ${table} group by ${QUASI_IDENTIFIERS.join(', ')})`,
  )
  return { k, rows: Number(row!.rows), classes: Number(row!.classes), rowsBelowK: Number(row!.below), smallestClass: Number(row!.smallest) }
}
