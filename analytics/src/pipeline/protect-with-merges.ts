import type { DuckDBConnection } from '@duckdb/node-api'
import type { UnitProtection } from '../disclosure/index.js'
import { aggregate, type Cell, type TableMerges } from './aggregate.js'
import { decideMerges, mergeAround, type ForcedMerge } from './merge-categories.js'
import type { Granularity } from './periods.js'
import { protectPublication, type PreviousPublication, type PublicationProtection } from './publication-units.js'
import type { TableDefinition } from './tables.js'

export type ProtectedPublication = { cells: Map<string, Cell[]>; merges: Map<string, TableMerges>; protection: PublicationProtection }

/**
 * Merges what cannot be protected otherwise, aggregates the merged tables again (so their statistics are those of
 * the merged groups), and protects; a cell still left unprotected merges one more of its categories, until none
 * is or nothing is left to merge. A unit the new merge did not touch keeps its earlier result.
 */
export async function protectWithMerges(
  connection: DuckDBConnection,
  tables: readonly TableDefinition[],
  unmerged: ReadonlyMap<string, Cell[]>,
  granularity: Granularity,
  k: number,
  previous: PreviousPublication,
): Promise<ProtectedPublication> {
  const forced: ForcedMerge[] = []
  const units = new Map<string, UnitProtection>()
  for (;;) {
    const merges = decideMerges(tables, unmerged, k, forced)
    const cells = new Map(unmerged)
    for (const [name, tableMerges] of merges) cells.set(name, await aggregate(connection, tables.find((t) => t.name === name)!, tableMerges))
    const protection = protectPublication(tables, cells, granularity, k, previous, units)
    const more = protection.unprotected.flatMap((u) => mergeAround(tables.find((t) => t.name === u.table)!, cells.get(u.table)!, u.key, forced) ?? [])
    const fresh = more.filter((m, i) => more.findIndex((o) => JSON.stringify(o) === JSON.stringify(m)) === i)
    if (!fresh.length) return { cells, merges, protection }
    forced.push(...fresh)
  }
}
