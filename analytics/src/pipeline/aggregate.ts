import type { DuckDBConnection } from '@duckdb/node-api'
import { sqlLiteral } from '@klankbord/contract/sql-literal'
import { queryRows } from './duckdb.js'
import type { TableDefinition } from './tables.js'

export const ALL = '*'

export type Cell = { key: string[]; concerns: number; statistics: Record<string, number | null> }

/** Per year, per dimension: the categories counted under another code (merged so they can be protected). */
export type TableMerges = ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, string>>>

/**
 * Every combination of dimensions to group by: the period always (no total over periods: tables are protected
 * per year), with every subset of the others except those that roll up a dimension without margin; and the
 * all-time total where the table has one.
 */
function groupingSets(table: TableDefinition): string[][] {
  const [time, ...dims] = table.dimensions
  const sets: string[][] = []
  for (let mask = 0; mask < 1 << dims.length; mask++) {
    const set = dims.filter((_, i) => mask & (1 << i))
    if ((table.withoutMargin ?? []).every((d) => set.includes(d))) sets.push([time!, ...set])
  }
  if (table.allTime) sets.push([])
  return sets
}

/** The table's rows with merged categories under their new code: `case` per dimension, by year. */
function mergedSource(table: TableDefinition, merges: TableMerges | undefined): string {
  if (!merges?.size) return table.source
  const time = table.dimensions[0]!
  const replaced = new Map<string, string[]>()
  for (const [year, byDimension] of merges)
    for (const [dimension, codes] of byDimension)
      for (const [code, into] of codes) {
        const whens = replaced.get(dimension) ?? []
        whens.push(`when left(${time}::varchar, 4) = ${sqlLiteral(year)} and ${dimension} = ${sqlLiteral(code)} then ${sqlLiteral(into)}`)
        replaced.set(dimension, whens)
      }
  const cases = [...replaced].map(([dimension, whens]) => `case ${whens.join(' ')} else ${dimension} end as ${dimension}`)
  return `select * replace (${cases.join(', ')}) from (${table.source})`
}

/** The table's cube: counts with every margin (a rolled-up dimension is `*`) and the statistics of each group. */
export async function aggregate(connection: DuckDBConnection, table: TableDefinition, merges?: TableMerges): Promise<Cell[]> {
  const source = mergedSource(table, merges)
  const dims = table.dimensions
  const keyColumns = dims.map((d) => `case when grouping(${d}) = 1 then '${ALL}' else coalesce(${d}::varchar, '') end as ${d}`)
  const sets = groupingSets(table)
    .map((set) => `(${set.join(', ')})`)
    .join(', ')
  const nameOf = (expression: string) => expression.split(/\s+as\s+/i).pop()!.trim()
  const helpers = (table.statistics ?? []).map(nameOf).filter((name) => name.startsWith('_'))
  // A table of counts only is counted once per finest cell, and its margins are summed from those few rows
  // instead of from every staged row again for each grouping set.
  const countsOnly = !table.statistics?.length && !table.derived?.length
  const grouped = countsOnly
    ? `select ${[...keyColumns, 'sum(n)::integer as concerns'].join(', ')}
       from (select ${dims.join(', ')}, count(*) as n from (${source}) group by all) group by grouping sets (${sets})`
    : `select ${[...keyColumns, 'count(*)::integer as concerns', ...(table.statistics ?? [])].join(', ')}
       from (${source}) group by grouping sets (${sets})`
  const outer = [helpers.length ? `* exclude (${helpers.join(', ')})` : '*', ...(table.derived ?? [])].join(', ')
  const rows = await queryRows(connection, `select ${outer} from (${grouped}) order by ${dims.map((_, i) => i + 1).join(', ')}`)
  const statisticNames = [...(table.statistics ?? []).map(nameOf).filter((name) => !name.startsWith('_')), ...(table.derived ?? []).map(nameOf)]
  return rows.map((row) => ({
    key: dims.map((d) => String(row[d])),
    concerns: Number(row.concerns),
    statistics: Object.fromEntries(statisticNames.map((name) => [name, row[name] === null || row[name] === undefined ? null : Number(row[name])])),
  }))
}
