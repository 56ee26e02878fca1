import { TOTAL } from './rules.js'
import type { TableCell } from './types.js'

/**
 * A table's cells and lines in typed arrays. A line is the set of cells that share every key value but one
 * (its members) together with the cell that has TOTAL there (its total). Combinations absent from the input are
 * zeros: they are left out of `lineMembers`, never suppressed, and known to anyone who reads the table.
 */
export interface IndexedTable {
  readonly cellCount: number
  readonly counts: Float64Array
  /** Number of TOTALs in each cell's key: more means a higher margin. */
  readonly stars: Uint8Array
  /** Position of each cell in the full cube (sorted values, TOTAL last), so ties break the same for any input order. */
  readonly order: Float64Array
  /** Dimensions that have a TOTAL, i.e. that carry line constraints. */
  readonly lineDimensions: number
  readonly lineCount: number
  /** Members of line l are lineMembers[lineStart[l] .. lineStart[l + 1]). */
  readonly lineStart: Int32Array
  readonly lineMembers: Int32Array
  /** The total cell of each line, or −1 when it is absent (a zero). */
  readonly lineTotal: Int32Array
  /** cellLines[c * lineDimensions + j]: the line of cell c in the j-th line dimension (as member or as total). */
  readonly cellLines: Int32Array
  /** The dimensions that have a TOTAL, in order: their values (TOTAL is coordinate `size`) and stride in `order`. */
  readonly axes: readonly Axis[]
  /** axisCoordinates[c * lineDimensions + j]: the coordinate of cell c on axis j. */
  readonly axisCoordinates: Int32Array
  /** The cell at a position in the full cube, or −1 when that combination is absent (a zero). */
  readonly locate: (position: number) => number
}

export interface Axis {
  readonly size: number
  readonly stride: number
}

interface Dimension {
  readonly values: Map<string, number>
  readonly size: number
  /** Whether the dimension has a TOTAL; without one (a multi-valued attribute split into slices) it adds no lines. */
  readonly hasTotal: boolean
  readonly radix: number
}

export function indexTable(cells: readonly TableCell[]): IndexedTable {
  const cellCount = cells.length
  const width = cells[0]?.key.length ?? 0
  for (const [i, cell] of cells.entries()) {
    if (cell.key.length !== width) throw new Error(`disclosure: cell ${i} has ${cell.key.length} key values, expected ${width}`)
    if (!Number.isInteger(cell.concerns) || cell.concerns < 0)
      throw new Error(`disclosure: cell ${keyText(cell.key)} has count ${cell.concerns}, expected a non-negative integer`)
  }
  const dimensions = Array.from({ length: width }, (_, d) => dimensionOf(cells, d))
  const strides = new Array<number>(width)
  let span = 1
  for (let d = width - 1; d >= 0; d--) {
    strides[d] = span
    span *= dimensions[d]!.radix
  }
  const lineDims = dimensions.flatMap((dimension, d) => (dimension.hasTotal ? [d] : []))
  const lineDimensions = lineDims.length
  if (span * (lineDimensions + 1) > Number.MAX_SAFE_INTEGER) throw new Error('disclosure: the table has too many dimension values')

  const counts = new Float64Array(cellCount)
  const stars = new Uint8Array(cellCount)
  const order = new Float64Array(cellCount)
  const coordinates = new Int32Array(cellCount * width)
  const cellAt = new Map<number, number>()
  for (const [c, cell] of cells.entries()) {
    let position = 0
    for (let d = 0; d < width; d++) {
      const value = cell.key[d]!
      const dimension = dimensions[d]!
      const coordinate = dimension.values.get(value) ?? dimension.size
      if (value === TOTAL) stars[c]!++
      coordinates[c * width + d] = coordinate
      position += coordinate * strides[d]!
    }
    if (cellAt.has(position)) throw new Error(`disclosure: cell ${keyText(cell.key)} appears twice`)
    cellAt.set(position, c)
    counts[c] = cell.concerns
    order[c] = position
  }

  const lineIds = new Map<number, number>()
  const starts: number[] = [0]
  const members: number[] = []
  const totals: number[] = []
  const cellLines = new Int32Array(cellCount * lineDimensions)
  const axisCoordinates = new Int32Array(cellCount * lineDimensions)
  for (let c = 0; c < cellCount; c++) {
    for (let j = 0; j < lineDimensions; j++) {
      const d = lineDims[j]!
      const stride = strides[d]!
      const size = dimensions[d]!.size
      axisCoordinates[c * lineDimensions + j] = coordinates[c * width + d]!
      const base = order[c]! - coordinates[c * width + d]! * stride
      const id = base * lineDimensions + j
      let line = lineIds.get(id)
      if (line === undefined) {
        line = totals.length
        lineIds.set(id, line)
        for (let i = 0; i < size; i++) {
          const member = cellAt.get(base + i * stride)
          if (member !== undefined) members.push(member)
        }
        starts.push(members.length)
        totals.push(cellAt.get(base + size * stride) ?? -1)
      }
      cellLines[c * lineDimensions + j] = line
    }
  }

  const table: IndexedTable = {
    cellCount,
    counts,
    stars,
    order,
    lineDimensions,
    lineCount: totals.length,
    lineStart: Int32Array.from(starts),
    lineMembers: Int32Array.from(members),
    lineTotal: Int32Array.from(totals),
    cellLines,
    axes: lineDims.map((d) => ({ size: dimensions[d]!.size, stride: strides[d]! })),
    axisCoordinates,
    locate: locator(cellAt, span),
  }
  assertAdditive(table, cells)
  return table
}

// Cubes of a few million combinations get a direct lookup array: the hypercube search does little else.
const DIRECT_LOOKUP_LIMIT = 1 << 22

function locator(cellAt: ReadonlyMap<number, number>, span: number): (position: number) => number {
  if (span > DIRECT_LOOKUP_LIMIT) return (position) => cellAt.get(position) ?? -1
  const direct = new Int32Array(span).fill(-1)
  for (const [position, cell] of cellAt) direct[position] = cell
  return (position) => (position >= 0 && position < span ? direct[position]! : -1)
}

function dimensionOf(cells: readonly TableCell[], d: number): Dimension {
  const seen = new Set<string>()
  let hasTotal = false
  for (const cell of cells) {
    const value = cell.key[d]
    if (typeof value !== 'string') throw new Error(`disclosure: cell ${keyText(cell.key)} has a non-string key value`)
    if (value === TOTAL) hasTotal = true
    else seen.add(value)
  }
  // A dimension that is TOTAL everywhere is a constant, not a total over nothing.
  if (seen.size === 0) return { values: new Map([[TOTAL, 0]]), size: 1, hasTotal: false, radix: 1 }
  const sorted = [...seen].sort()
  const values = new Map(sorted.map((value, i) => [value, i]))
  return { values, size: sorted.length, hasTotal, radix: sorted.length + (hasTotal ? 1 : 0) }
}

// The attacker's equations assume each concern counts once per dimension; a multi-valued attribute breaks that.
function assertAdditive(table: IndexedTable, cells: readonly TableCell[]): void {
  for (let line = 0; line < table.lineCount; line++) {
    let sum = 0
    for (let m = table.lineStart[line]!; m < table.lineStart[line + 1]!; m++) sum += table.counts[table.lineMembers[m]!]!
    const total = table.lineTotal[line]!
    const expected = total < 0 ? 0 : table.counts[total]!
    if (sum !== expected) {
      const where = total < 0 ? keyText(cells[table.lineMembers[table.lineStart[line]!]!]!.key) : keyText(cells[total]!.key)
      throw new Error(
        `disclosure: the line of ${where} adds up to ${sum}, its total is ${expected}; ` +
          'every dimension with a total must count each concern exactly once (publish multi-valued attributes without a total)',
      )
    }
  }
}

export function keyText(key: readonly string[]): string {
  return JSON.stringify(key)
}

/** Lines that contain the cell, one per dimension with a total. */
export function linesOf(table: IndexedTable, cell: number): Int32Array {
  return table.cellLines.subarray(cell * table.lineDimensions, (cell + 1) * table.lineDimensions)
}
