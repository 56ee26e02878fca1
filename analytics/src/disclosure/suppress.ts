import { attackerBounds } from './bounds.js'
import { complementFor, linesOf } from './complement.js'
import { enforceLineRule } from './line-rule.js'
import { toMask } from './mask.js'
import { assertMinCell, DEFAULT_MIN_CELL, isDisclosed, isPrimarySensitive } from './rules.js'
import { indexTable, type IndexedTable } from './table.js'
import type { SuppressOptions, Suppression, TableCell } from './types.js'

/**
 * Decides which cells of one table to publish empty: primary suppression (rule 1), secondary suppression line by
 * line (rule 3), then an audit by interval propagation that adds complements until no suppressed cell is pinned
 * or bounded below k. Decisions depend on the keys and counts only, not on the order of the cells.
 */
export function suppress(cells: readonly TableCell[], k: number = DEFAULT_MIN_CELL, options: SuppressOptions = {}): Suppression {
  assertMinCell(k)
  const table = indexTable(cells)
  const hidden = toMask(options.force, table.cellCount, 'force')
  let primary = 0
  for (let c = 0; c < table.cellCount; c++) {
    // A zero is published as 0 (rule 1), also when forced: readers know absent cells are zeros anyway.
    if (table.counts[c] === 0) hidden[c] = 0
    if (isPrimarySensitive(table.counts[c]!, k)) {
      hidden[c] = 1
      primary++
    }
  }

  enforceLineRule(table, hidden, k)
  for (let disclosed = disclosedCells(table, hidden, k); disclosed.length > 0; disclosed = disclosedCells(table, hidden, k)) {
    const touched = new Uint8Array(table.lineCount)
    const added: number[] = []
    for (const cell of disclosed) {
      // One complement often protects several cells of a line; the others wait for the next audit.
      if (linesOf(table, cell).some((line) => touched[line])) continue
      const complement = complementFor(table, hidden, cell)
      hidden[complement] = 1
      added.push(complement)
      for (const line of [...linesOf(table, cell), ...linesOf(table, complement)]) touched[line] = 1
    }
    enforceLineRule(table, hidden, k, added.flatMap((cell) => linesOf(table, cell)))
  }

  const suppressed = Array.from(hidden, (flag) => flag === 1)
  const total = suppressed.filter(Boolean).length
  return { suppressed, primary, secondary: total - primary }
}

function disclosedCells(table: IndexedTable, hidden: Uint8Array, k: number): number[] {
  const { lower, upper } = attackerBounds(table, hidden)
  const disclosed: number[] = []
  for (let c = 0; c < table.cellCount; c++) if (hidden[c] && isDisclosed(lower[c]!, upper[c]!, k)) disclosed.push(c)
  return disclosed.sort((a, b) => table.order[a]! - table.order[b]!)
}
