import { attackerBounds } from './bounds.js'
import { attackLines } from './line-attack.js'
import { toMask } from './mask.js'
import { assertMinCell, DEFAULT_MIN_CELL, isDisclosed, isPrimarySensitive } from './rules.js'
import { indexTable } from './table.js'
import type { Disclosure, TableCell } from './types.js'

/**
 * Attacks a table as it would be published with these decisions and lists what leaks: small counts in the
 * clear, suppressed cells recovered or narrowed below k line by line, and then by interval propagation over all
 * lines at once. Empty means safe against these attacks, within this one table.
 */
export function findDisclosures(cells: readonly TableCell[], suppressed: readonly boolean[], k: number = DEFAULT_MIN_CELL): Disclosure[] {
  assertMinCell(k)
  const table = indexTable(cells)
  const hidden = toMask(suppressed, table.cellCount, 'suppressed')
  const found = new Map<number, Omit<Disclosure, 'key' | 'concerns'>>()

  for (let c = 0; c < table.cellCount; c++)
    if (!hidden[c] && isPrimarySensitive(table.counts[c]!, k))
      found.set(c, { cell: c, kind: 'exact', attack: 'published', lower: table.counts[c]!, upper: table.counts[c]! })
  for (const finding of attackLines(table, hidden, k)) if (!found.has(finding.cell)) found.set(finding.cell, finding)

  const { lower, upper } = attackerBounds(table, hidden)
  for (let c = 0; c < table.cellCount; c++) {
    if (!hidden[c] || found.has(c) || !isDisclosed(lower[c]!, upper[c]!, k)) continue
    found.set(c, { cell: c, kind: lower[c] === upper[c] ? 'exact' : 'narrowed', attack: 'bounds', lower: lower[c]!, upper: upper[c]! })
  }

  return [...found.values()]
    .sort((a, b) => a.cell - b.cell)
    .map((finding) => ({ ...finding, key: cells[finding.cell]!.key, concerns: cells[finding.cell]!.concerns }))
}
