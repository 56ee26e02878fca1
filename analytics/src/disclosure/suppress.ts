import { protectingCube, type CubeCosts, type Hypercube } from './hypercube.js'
import { toMask } from './mask.js'
import { assertMinCell, DEFAULT_MIN_CELL, isPrimarySensitive } from './rules.js'
import { indexTable, type IndexedTable } from './table.js'
import type { SuppressOptions, Suppression, TableCell } from './types.js'

/**
 * Decides which cells of one table to publish empty: every count from 1 to k − 1 (rule 1), and for each of those
 * the cheapest hypercube of complementary cells (cost: the concerns they hide) that lets it rise to k or more
 * without changing any published figure (rule 3 follows: every line through a suppressed cell holds another, and
 * the suppressed part of a line with a published total is at least k). Cells marked `keep` (margins of at least
 * k) are never used. Decisions depend on the keys and counts only, not on the cells' order.
 */
export function suppress(cells: readonly TableCell[], k: number = DEFAULT_MIN_CELL, options: SuppressOptions = {}): Suppression {
  assertMinCell(k)
  const table = indexTable(cells)
  const { hidden, primary, unprotected } = protect(table, toMask(options.force, table.cellCount, 'force'), k, costsOf(table, options, k))
  const suppressed = Array.from(hidden, (flag) => flag === 1)
  return { suppressed, primary, secondary: suppressed.filter(Boolean).length - primary, unprotected }
}

/** The search's costs from the options: kept margins of at least k are blocked, previously published cells cost extra. */
export function costsOf(table: IndexedTable, options: SuppressOptions, k: number): CubeCosts {
  const keep = toMask(options.keep, table.cellCount, 'keep')
  const blocked = new Uint8Array(table.cellCount)
  for (let c = 0; c < table.cellCount; c++) if (keep[c] && table.counts[c]! >= k) blocked[c] = 1
  const shown = toMask(options.previouslyPublished, table.cellCount, 'previouslyPublished')
  // More than every concern in the table: a cube without such cells always wins.
  let total = 0
  for (let c = 0; c < table.cellCount; c++) total += table.counts[c]!
  const penalty = new Float64Array(table.cellCount)
  for (let c = 0; c < table.cellCount; c++) if (shown[c]) penalty[c] = total + 1
  return { blocked, penalty }
}

/** The suppression mask and, for each primary or forced cell, the cube that protects it; cells no cube protects are listed. */
export function protect(
  table: IndexedTable,
  forced: Uint8Array,
  k: number,
  costs: CubeCosts = {},
): { hidden: Uint8Array; primary: number; cubes: Map<number, Hypercube>; unprotected: number[] } {
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
  const unprotected: number[] = []
  for (const cell of targets) {
    const cube = cubeFor(table, hidden, cell, k, costs)
    if (!cube) {
      unprotected.push(cell)
      continue
    }
    for (const corner of cube.corners) hidden[corner] = 1
    cubes.set(cell, cube)
  }
  return { hidden, primary, cubes, unprotected }
}

/**
 * A primary must be able to reach k, a forced cell merely move. When no single cube lets a primary reach k (its
 * own line holds only small cells), the cheapest that lets it move is taken: cubes combine, and the linear
 * program of the linked tables decides whether they are enough.
 */
export function cubeFor(table: IndexedTable, hidden: Uint8Array, cell: number, k: number, costs: CubeCosts, fresh = false): Hypercube | undefined {
  const need = Math.max(k - table.counts[cell]!, 1)
  return protectingCube(table, hidden, cell, need, costs, fresh) ?? (need > 1 ? protectingCube(table, hidden, cell, 1, costs, fresh) : undefined)
}
