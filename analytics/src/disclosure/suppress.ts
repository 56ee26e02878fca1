import { protectingCube, type Hypercube } from './hypercube.js'
import { toMask } from './mask.js'
import { assertMinCell, DEFAULT_MIN_CELL, isPrimarySensitive } from './rules.js'
import { indexTable, type IndexedTable } from './table.js'
import type { SuppressOptions, Suppression, TableCell } from './types.js'

/**
 * Decides which cells of one table to publish empty: every count from 1 to k − 1 (rule 1), and for each of those
 * the cheapest hypercube of complementary cells that lets it rise to k or more without changing any published
 * figure (rule 3 follows: every line through a suppressed cell holds another, and the suppressed part of a line
 * with a published total is at least k). Decisions depend on the keys and counts only, not on the cells' order.
 */
export function suppress(cells: readonly TableCell[], k: number = DEFAULT_MIN_CELL, options: SuppressOptions = {}): Suppression {
  assertMinCell(k)
  const table = indexTable(cells)
  const { hidden, primary } = protect(table, toMask(options.force, table.cellCount, 'force'), k)
  const suppressed = Array.from(hidden, (flag) => flag === 1)
  return { suppressed, primary, secondary: suppressed.filter(Boolean).length - primary }
}

/** The suppression mask and, for each primary or forced cell, the cube that protects it. */
export function protect(table: IndexedTable, forced: Uint8Array, k: number): { hidden: Uint8Array; primary: number; cubes: Map<number, Hypercube> } {
  const hidden = new Uint8Array(table.cellCount)
  const targets: number[] = []
  let primary = 0
  for (let c = 0; c < table.cellCount; c++) {
    const count = table.counts[c]!
    // A zero is published as 0 (rule 1), also when forced: readers know absent cells are zeros anyway.
    if (isPrimarySensitive(count, k)) primary++
    else if (!(forced[c] && count > 0)) continue
    hidden[c] = 1
    targets.push(c)
  }
  // The smallest counts need the widest cubes; placing them first gives the others cubes to reuse.
  targets.sort((a, b) => table.counts[a]! - table.counts[b]! || table.order[a]! - table.order[b]!)

  const cubes = new Map<number, Hypercube>()
  for (const cell of targets) {
    // A primary must be able to reach k; a forced cell must merely be able to move.
    const cube = protectingCube(table, hidden, cell, Math.max(k - table.counts[cell]!, 1))
    for (const corner of cube.corners) hidden[corner] = 1
    cubes.set(cell, cube)
  }
  return { hidden, primary, cubes }
}
