import type { IndexedTable } from './table.js'

/**
 * A certificate that a suppressed cell is protected: 2^m suppressed cells (m = dimensions with a total) such that
 * adding t to the `plus` corners and subtracting t from the others changes no published cell and keeps every
 * line's total equal to the sum of its members. On each axis the corners either take two values (opposite signs,
 * so the line's total is unchanged) or a value and the TOTAL (same sign, so the total moves with its member).
 * With every corner positive, any t up to the smallest minus corner gives another table that fits all published
 * figures, so no attacker, even one solving the linear or integer program, can pin the cell or bound it below
 * its count plus that margin.
 */
export interface Hypercube {
  /** Cell indices; corners[0] is the protected cell. */
  readonly corners: Int32Array
  /** 1 for corners that move with the protected cell. */
  readonly plus: Uint8Array
  /** How far the protected cell can rise: the smallest minus corner (Infinity without one). */
  readonly slack: number
}

// Search nodes per cell; past it the best cube found so far is kept. Counted, not timed, so results are deterministic.
const SEARCH_BUDGET = 4_000
// Makes hiding a cell cost something even with a small count, so fewer cells beat smaller ones.
const CELL_WEIGHT = 10

/** The cost of hiding a published cell: margins hide more and drag their own lines in, larger counts lose more. */
export function hidingCost(table: IndexedTable, cell: number): number {
  return (table.counts[cell]! + CELL_WEIGHT) * (1 + table.stars[cell]!)
}

/**
 * The cheapest hypercube that protects `cell` with a slack of at least `need`: already suppressed corners are free.
 * One always exists when the cell is positive: the cell with all its margins (via a positive cell below it on axes
 * where it is a total), every corner moving the same way.
 */
export function protectingCube(table: IndexedTable, suppressed: Uint8Array, cell: number, need: number): Hypercube {
  const axes = table.axes
  const m = axes.length
  const own = table.axisCoordinates.subarray(cell * m, (cell + 1) * m)
  const levels = Array.from({ length: m + 1 }, (_, j) => ({ cells: new Int32Array(1 << j), plus: new Uint8Array(1 << j) }))
  levels[0]!.cells[0] = cell
  levels[0]!.plus[0] = 1

  // Doubles the cube along axis j, the new half at `coordinate`; undefined when a corner is zero or the slack falls short.
  const extend = (j: number, coordinate: number, cost: number, slack: number): { cost: number; slack: number } | undefined => {
    const from = levels[j]!
    const to = levels[j + 1]!
    const size = 1 << j
    const flip = own[j]! < axes[j]!.size && coordinate < axes[j]!.size
    const shift = (coordinate - own[j]!) * axes[j]!.stride
    for (let i = 0; i < size; i++) {
      const corner = table.locate(table.order[from.cells[i]!]! + shift)
      if (corner < 0 || table.counts[corner] === 0) return undefined
      const plus = flip ? 1 - from.plus[i]! : from.plus[i]!
      to.cells[i] = from.cells[i]!
      to.plus[i] = from.plus[i]!
      to.cells[size + i] = corner
      to.plus[size + i] = plus
      if (!suppressed[corner]) cost += hidingCost(table, corner)
      if (!plus && table.counts[corner]! < slack) slack = table.counts[corner]!
      if (slack < need) return undefined
    }
    return { cost, slack }
  }

  const candidates = axes.map((axis, j) => {
    const options: { coordinate: number; cost: number }[] = []
    for (let coordinate = 0; coordinate <= axis.size; coordinate++) {
      if (coordinate === own[j]) continue
      const neighbour = table.locate(table.order[cell]! + (coordinate - own[j]!) * axis.stride)
      if (neighbour < 0 || table.counts[neighbour] === 0) continue
      const flip = own[j]! < axis.size && coordinate < axis.size
      if (flip && table.counts[neighbour]! < need) continue
      options.push({ coordinate, cost: suppressed[neighbour] ? 0 : hidingCost(table, neighbour) })
    }
    return options.sort((a, b) => a.cost - b.cost || a.coordinate - b.coordinate)
  })

  let best = allMargins(table, cell)
  let bestCost = evaluate(best)
  const choice = new Int32Array(m)
  let nodes = 0
  const search = (j: number, cost: number, slack: number): void => {
    if (j === m) {
      bestCost = cost
      best = Int32Array.from(choice)
      return
    }
    for (const option of candidates[j]!) {
      if (nodes++ >= SEARCH_BUDGET) return
      if (cost + option.cost >= bestCost) continue
      const next = extend(j, option.coordinate, cost, slack)
      if (next === undefined || next.cost >= bestCost) continue
      choice[j] = option.coordinate
      search(j + 1, next.cost, next.slack)
    }
  }
  search(0, 0, Infinity)

  const slack = replay(best)
  const last = levels[m]!
  return { corners: Int32Array.from(last.cells), plus: Uint8Array.from(last.plus), slack }

  function evaluate(coordinates: Int32Array): number {
    let cost = 0
    let slack = Infinity
    for (let j = 0; j < m; j++) {
      const next = extend(j, coordinates[j]!, cost, slack)
      if (next === undefined) return Infinity
      cost = next.cost
      slack = next.slack
    }
    return cost
  }

  function replay(coordinates: Int32Array): number {
    let slack = Infinity
    for (let j = 0; j < m; j++) {
      const next = extend(j, coordinates[j]!, 0, slack)
      if (next === undefined) throw new Error('disclosure: no protecting cube for a positive cell (the table is inconsistent)')
      slack = next.slack
    }
    return slack
  }
}

// The cube of a positive cell below `cell` and all its margins: every corner positive, all moving the same way.
function allMargins(table: IndexedTable, cell: number): Int32Array {
  const m = table.axes.length
  const coordinates = new Int32Array(m)
  let position = table.order[cell]!
  for (let j = 0; j < m; j++) {
    const { size, stride } = table.axes[j]!
    const own = table.axisCoordinates[cell * m + j]!
    if (own < size) {
      coordinates[j] = size
      continue
    }
    // A positive total has a positive member; the largest keeps the cells below it positive.
    let chosen = -1
    let largest = 0
    for (let value = 0; value < size; value++) {
      const member = table.locate(position + (value - size) * stride)
      if (member >= 0 && table.counts[member]! > largest) {
        largest = table.counts[member]!
        chosen = value
      }
    }
    coordinates[j] = chosen
    position += (chosen - size) * stride
  }
  return coordinates
}
