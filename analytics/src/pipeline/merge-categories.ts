import { categoryMerges } from '../disclosure/index.js'
import { ALL, type Cell, type TableMerges } from './aggregate.js'
import { cellsOfYear, yearsOf } from './publication-units.js'
import type { TableDefinition } from './tables.js'

/** Where a dimension's merged categories go: the vocabulary's own "other" where it has one, else "overig". */
const MERGE_TARGET: Readonly<Record<string, string>> = { domain: 'other', partner_kind: 'other', kind: 'other' }
const mergeTargetOf = (dimension: string) => MERGE_TARGET[dimension] ?? 'overig'

/**
 * The categories each table merges per year, so that no margin line needs a kept margin to protect it
 * (disclosure/merges.ts). A dimension shared by tables of one population (the municipality; the wish of closed
 * concerns) merges the same categories in all of them, so a shared margin is one cell everywhere; merging can
 * expose another line, so this repeats until nothing changes. `over_time` takes the merges of `concerns`, whose
 * year cells it divides into periods.
 */
export function decideMerges(
  tables: readonly TableDefinition[],
  cells: ReadonlyMap<string, readonly Cell[]>,
  k: number,
  forced: readonly ForcedMerge[] = [],
): Map<string, TableMerges> {
  // group → year → dimension → code → merged code
  const shared = new Map<string, Map<string, Map<string, Map<string, string>>>>()
  const at = (group: string, year: string, dimension: string) => {
    const byYear = shared.get(group) ?? new Map<string, Map<string, Map<string, string>>>()
    shared.set(group, byYear)
    const byDimension = byYear.get(year) ?? new Map<string, Map<string, string>>()
    byYear.set(year, byDimension)
    const codes = byDimension.get(dimension) ?? new Map<string, string>()
    byDimension.set(dimension, codes)
    return codes
  }
  for (const merge of forced) at(merge.group, merge.year, merge.dimension).set(merge.code, mergeTargetOf(merge.dimension))
  const deciding = tables.filter((t) => t.name !== 'over_time' && !t.countsList)
  for (let changed = true; changed; ) {
    changed = false
    for (const table of deciding) {
      const dimensions = table.dimensions.slice(1)
      const slices = table.withoutMargin ?? []
      const lineDimensions = dimensions.filter((d) => !slices.includes(d))
      // With one dimension of margins, its cells are interior cells, protected by complements, not merged.
      if (lineDimensions.length < 2) continue
      for (const year of yearsOf(table, cells.get(table.name) ?? [])) {
        const yearCells = cellsOfYear(table, cells.get(table.name) ?? [], year)
        for (const dimension of lineDimensions) {
          const codes = at(table.group, year, dimension)
          const merges = categoryMerges(yearCells, dimensions, dimension, mergeTargetOf(dimension), k, { sliceDimensions: slices, already: codes })
          if (merges.size === codes.size) continue
          for (const [code, into] of merges) codes.set(code, into)
          changed = true
        }
      }
    }
  }

  const result = new Map<string, TableMerges>()
  for (const table of tables) {
    const byYear = new Map<string, Map<string, ReadonlyMap<string, string>>>()
    for (const [year, byDimension] of shared.get(table.group) ?? [])
      for (const [dimension, codes] of byDimension) {
        if (!codes.size || !table.dimensions.includes(dimension)) continue
        const entry = byYear.get(year) ?? new Map<string, ReadonlyMap<string, string>>()
        entry.set(dimension, codes)
        byYear.set(year, entry)
      }
    if (byYear.size) result.set(table.name, byYear)
  }
  return result
}

/** A category merged because a cell in it could not be protected otherwise. */
export type ForcedMerge = { group: string; year: string; dimension: string; code: string }

/**
 * The merge that removes the least detail around a cell nothing could protect (its margins are kept, and the
 * tables beside it pin it): of the cell's own categories, the one with the smallest year total joins "overig"
 * (or, when the cell is in "overig" already, the smallest other category of that dimension does).
 */
export function mergeAround(table: TableDefinition, cells: readonly Cell[], key: readonly string[], already: readonly ForcedMerge[]): ForcedMerge | undefined {
  const year = key[0]!.slice(0, 4)
  const slices = table.withoutMargin ?? []
  const lineDimensions = table.dimensions.map((d, i) => (i > 0 && !slices.includes(d) ? i : -1)).filter((i) => i > 0)
  const margin = (d: number, code: string) =>
    cells.find((cell) => cell.key[0]!.slice(0, 4) === year && cell.key[d] === code && lineDimensions.every((i) => i === d || cell.key[i] === ALL))?.concerns ?? Infinity
  const candidates: (ForcedMerge & { size: number })[] = []
  for (const d of lineDimensions) {
    const dimension = table.dimensions[d]!
    const target = mergeTargetOf(dimension)
    const taken = (code: string) => already.some((m) => m.group === table.group && m.year === year && m.dimension === dimension && m.code === code)
    let code = key[d]!
    if (code === ALL) continue
    if (code === target) {
      // The smallest other category of this dimension joins the target.
      const others = [...new Set(cells.filter((cell) => cell.key[0]!.slice(0, 4) === year).map((cell) => cell.key[d]!))].filter((c) => c !== ALL && c !== target && !taken(c))
      const smallest = others.sort((a, b) => margin(d, a) - margin(d, b) || a.localeCompare(b))[0]
      if (smallest === undefined) continue
      code = smallest
    }
    if (!taken(code)) candidates.push({ group: table.group, year, dimension, code, size: margin(d, code) })
  }
  const best = candidates.sort((a, b) => a.size - b.size || a.dimension.localeCompare(b.dimension))[0]
  return best && { group: best.group, year: best.year, dimension: best.dimension, code: best.code }
}

/** Rows for the `merged_categories` table: which codes a table counts under another in which year. */
export function mergedCategoryRows(merges: ReadonlyMap<string, TableMerges>): { table: string; year: string; dimension: string; code: string; members: string }[] {
  const rows: { table: string; year: string; dimension: string; code: string; members: string }[] = []
  for (const [table, byYear] of merges)
    for (const [year, byDimension] of byYear)
      for (const [dimension, codes] of byDimension) {
        const byTarget = new Map<string, string[]>()
        // The target is listed when it is a category of its own (the domain "other"), not when it is only the merged one.
        for (const [code, into] of codes) byTarget.set(into, [...(byTarget.get(into) ?? (into === 'overig' ? [] : [into])), code])
        for (const [code, members] of byTarget) rows.push({ table, year, dimension, code, members: [...new Set(members)].sort().join(';') })
      }
  return rows.sort((a, b) => a.table.localeCompare(b.table) || a.year.localeCompare(b.year) || a.dimension.localeCompare(b.dimension) || a.code.localeCompare(b.code))
}
