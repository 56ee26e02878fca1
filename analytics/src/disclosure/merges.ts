import { isPrimarySensitive, TOTAL } from './rules.js'
import type { TableCell } from './types.js'

/** Codes of one dimension merged into one: code → the code its concerns are counted under. */
export type CategoryMerges = Map<string, string>

/**
 * Categories to merge so that every margin line can be protected without hiding a kept margin. A margin line
 * holds the totals of one dimension's categories (all other dimensions at TOTAL, overlapping dimensions fixed);
 * when its total is published and its small totals (1 … k − 1) are a single one, or add up to less than k,
 * subtracting the published ones would give them away, and only margins could hide them. Then the smallest is
 * merged into `target` (e.g. "other"), again until every such line is safe: the merged category is published
 * in their place. Decisions depend on the counts only.
 */
export function categoryMerges(
  cells: readonly TableCell[],
  dimensions: readonly string[],
  dimension: string,
  target: string,
  k: number,
  options: { sliceDimensions?: readonly string[]; already?: CategoryMerges } = {},
): CategoryMerges {
  const d = dimensions.indexOf(dimension)
  const slices = options.sliceDimensions ?? []
  const others = dimensions.map((name, i) => (i !== d && !slices.includes(name) ? i : -1)).filter((i) => i >= 0)
  // One margin line per combination of the overlapping dimensions: their counts by category, and their total.
  const lines = new Map<string, { total: number; counts: Map<string, number> }>()
  for (const cell of cells) {
    if (!others.every((i) => cell.key[i] === TOTAL)) continue
    const slice = slices.map((name) => cell.key[dimensions.indexOf(name)]).join('\u0000')
    const line = lines.get(slice) ?? { total: 0, counts: new Map<string, number>() }
    if (cell.key[d] === TOTAL) line.total = cell.concerns
    else line.counts.set(cell.key[d]!, cell.concerns)
    lines.set(slice, line)
  }

  const merges: CategoryMerges = new Map(options.already ?? [])
  for (let changed = true; changed; ) {
    changed = false
    for (const { total, counts } of lines.values()) {
      if (isPrimarySensitive(total, k)) continue
      const merged = mergedCounts(counts, merges)
      for (;;) {
        const small = [...merged].filter(([, n]) => isPrimarySensitive(n, k)).sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
        const sum = small.reduce((s, [, n]) => s + n, 0)
        if (small.length === 0 || (small.length >= 2 && sum >= k)) break
        // The smallest goes into the target; when the target is the smallest itself, the next smallest category joins it.
        const [code] = small[0]![0] !== target ? small[0]! : ([...merged].filter(([c, n]) => c !== target && n > 0).sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))[0] ?? [])
        if (code === undefined) break
        merged.set(target, (merged.get(target) ?? 0) + merged.get(code)!)
        merged.delete(code)
        merges.set(code, target)
        changed = true
      }
    }
  }
  return merges
}

function mergedCounts(counts: ReadonlyMap<string, number>, merges: CategoryMerges): Map<string, number> {
  const merged = new Map<string, number>()
  for (const [code, n] of counts) {
    const into = merges.get(code) ?? code
    merged.set(into, (merged.get(into) ?? 0) + n)
  }
  return merged
}
