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
// A tie-breaker: between cubes that hide as many concerns, the one with fewer new cells.
const CELL_WEIGHT = 0.01

/** What a search may use and what each newly hidden cell costs. */
export interface CubeCosts {
  /** 1 for cells that must stay published (margins of at least k): a cube may not use them unless already hidden. */
  readonly blocked?: Uint8Array
  /** Added to a cell's cost when it is newly hidden, e.g. for a cell the previous publication showed. */
  readonly penalty?: Float64Array
  /** How far each cell may rise before it passes a published bound (support given ≤ closed with that wish); Infinity by default. */
  readonly roomUp?: Float64Array
  /** How far each cell may fall (to 0, or to the largest cell it bounds); its count by default. */
  readonly roomDown?: Float64Array
}

/** The cost of hiding a published cell: the concerns it hides (plus a small weight per cell and any penalty). */
export function hidingCost(table: IndexedTable, cell: number, costs: CubeCosts = {}): number {
  return table.counts[cell]! + CELL_WEIGHT + (costs.penalty?.[cell] ?? 0)
}

/**
 * The cheapest hypercube that protects `cell` with a slack of at least `need`: already suppressed corners are
 * free, blocked cells are never used. With `fresh`, only cubes that hide at least one more cell count (to add
 * protection where the cubes so far were not enough). Undefined when no such cube exists within the search budget.
 */
export function protectingCube(table: IndexedTable, suppressed: Uint8Array, cell: number, need: number, costs: CubeCosts = {}, fresh = false): Hypercube | undefined {
  const axes = table.axes
  const m = axes.length
  const own = table.axisCoordinates.subarray(cell * m, (cell + 1) * m)
  const levels = Array.from({ length: m + 1 }, (_, j) => ({ cells: new Int32Array(1 << j), plus: new Uint8Array(1 << j) }))
  levels[0]!.cells[0] = cell
  levels[0]!.plus[0] = 1
  const usable = (corner: number) => corner >= 0 && table.counts[corner]! > 0 && (suppressed[corner] === 1 || costs.blocked?.[corner] !== 1)
  const down = (corner: number) => costs.roomDown?.[corner] ?? table.counts[corner]!
  const up = (corner: number) => costs.roomUp?.[corner] ?? Infinity

  // Doubles the cube along axis j, the new half at `coordinate`; undefined when a corner is unusable or the slack falls short.
  const extend = (j: number, coordinate: number, cost: number, slack: number): { cost: number; slack: number } | undefined => {
    const from = levels[j]!
    const to = levels[j + 1]!
    const size = 1 << j
    const flip = own[j]! < axes[j]!.size && coordinate < axes[j]!.size
    const shift = (coordinate - own[j]!) * axes[j]!.stride
    for (let i = 0; i < size; i++) {
      const corner = table.locate(table.order[from.cells[i]!]! + shift)
      if (!usable(corner)) return undefined
      const plus = flip ? 1 - from.plus[i]! : from.plus[i]!
      to.cells[i] = from.cells[i]!
      to.plus[i] = from.plus[i]!
      to.cells[size + i] = corner
      to.plus[size + i] = plus
      if (!suppressed[corner]) cost += hidingCost(table, corner, costs)
      slack = Math.min(slack, plus ? up(corner) : down(corner))
      if (slack < need) return undefined
    }
    return { cost, slack }
  }

  const candidates = axes.map((axis, j) => {
    const options: { coordinate: number; cost: number }[] = []
    for (let coordinate = 0; coordinate <= axis.size; coordinate++) {
      if (coordinate === own[j]) continue
      const neighbour = table.locate(table.order[cell]! + (coordinate - own[j]!) * axis.stride)
      if (!usable(neighbour)) continue
      const flip = own[j]! < axis.size && coordinate < axis.size
      if (flip && down(neighbour) < need) continue
      options.push({ coordinate, cost: suppressed[neighbour] ? 0 : hidingCost(table, neighbour, costs) })
    }
    return options.sort((a, b) => a.cost - b.cost || a.coordinate - b.coordinate)
  })

  // The cell with all its margins is always a cube when nothing is blocked: the search starts from it.
  let best: Int32Array | undefined = allMargins(table, cell)
  let bestCost = evaluate(best)
  if (bestCost === Infinity || (fresh && bestCost === 0)) {
    best = undefined
    bestCost = Infinity
  }
  const choice = new Int32Array(m)
  let nodes = 0
  const search = (j: number, cost: number, slack: number): void => {
    if (j === m) {
      if (fresh && cost === 0) return
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
  if (up(cell) < need) return undefined
  search(0, 0, up(cell))
  if (!best) return undefined

  let slack = up(cell)
  for (let j = 0; j < m; j++) slack = extend(j, best[j]!, 0, slack)!.slack
  const last = levels[m]!
  return { corners: Int32Array.from(last.cells), plus: Uint8Array.from(last.plus), slack }

  function evaluate(coordinates: Int32Array): number {
    let cost = 0
    let slack = up(cell)
    for (let j = 0; j < m; j++) {
      if (coordinates[j]! < 0) return Infinity
      const next = extend(j, coordinates[j]!, cost, slack)
      if (next === undefined) return Infinity
      cost = next.cost
      slack = next.slack
    }
    return cost
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
