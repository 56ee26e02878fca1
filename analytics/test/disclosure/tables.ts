import { TOTAL, type TableCell } from '../../src/disclosure/index.js'

/** A seeded generator (mulberry32), so every random table can be rebuilt from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Counts as a small municipality sees them: many zeros and ones, a few larger groups. */
export function smallCount(random: () => number): number {
  if (random() < 0.35) return 0
  return Math.floor(Math.exp(random() * Math.log(40)))
}

/**
 * The full cube with every margin, from the counts of its inner cells (keys without TOTAL).
 * Zero cells are left out when omitZeros is set, as a GROUP BY CUBE would.
 */
export function cube(dimensions: readonly (readonly string[])[], count: (key: readonly string[]) => number, omitZeros = false): TableCell[] {
  const sums = new Map<string, { key: string[]; concerns: number }>()
  const visit = (prefix: string[], d: number): void => {
    if (d === dimensions.length) {
      const value = count(prefix)
      for (let mask = 0; mask < 1 << dimensions.length; mask++) {
        const key = prefix.map((v, i) => (mask & (1 << i) ? TOTAL : v))
        const id = key.join('\u0000')
        const cell = sums.get(id) ?? { key, concerns: 0 }
        cell.concerns += value
        sums.set(id, cell)
      }
      return
    }
    for (const value of dimensions[d]!) visit([...prefix, value], d + 1)
  }
  visit([], 0)
  return [...sums.values()].filter((cell) => !omitZeros || cell.concerns > 0)
}

/** Cells from a literal grid: rows of inner counts for a two-dimensional table, margins added. */
export function grid(rows: readonly (readonly number[])[]): TableCell[] {
  const rowNames = rows.map((_, r) => `r${r}`)
  const columnNames = (rows[0] ?? []).map((_, c) => `c${c}`)
  return cube([rowNames, columnNames], ([row, column]) => rows[Number(row!.slice(1))]![Number(column!.slice(1))]!)
}

export function cellOf(cells: readonly TableCell[], ...key: string[]): number {
  const index = cells.findIndex((cell) => cell.key.join('|') === key.join('|'))
  if (index < 0) throw new Error(`no cell ${key.join('|')}`)
  return index
}

/** A one-dimensional table: the values and their total. */
export function row(values: readonly number[]): TableCell[] {
  return cube([values.map((_, i) => `v${i}`)], ([value]) => values[Number(value!.slice(1))]!)
}

/** The keys of the suppressed cells, as "a,b" strings, in input order. */
export function suppressedKeys(cells: readonly TableCell[], suppressed: readonly boolean[]): string[] {
  return cells.filter((_, i) => suppressed[i]).map((cell) => cell.key.join(','))
}

/**
 * Every line of a table, found from the keys alone (independently of the module's own indexing): for each
 * dimension that has a TOTAL, the cells that agree everywhere else, and the cell with TOTAL there (−1 if absent).
 */
export function linesFromKeys(cells: readonly TableCell[]): { members: number[]; total: number }[] {
  const width = cells[0]?.key.length ?? 0
  const index = new Map(cells.map((cell, i) => [cell.key.join('\u0000'), i]))
  const lines = new Map<string, { members: number[]; total: number }>()
  for (let d = 0; d < width; d++) {
    if (!cells.some((cell) => cell.key[d] === TOTAL) || cells.every((cell) => cell.key[d] === TOTAL)) continue
    for (const [i, cell] of cells.entries()) {
      const totalKey = cell.key.map((value, e) => (e === d ? TOTAL : value)).join('\u0000')
      const id = `${d}\u0001${totalKey}`
      const line = lines.get(id) ?? { members: [], total: index.get(totalKey) ?? -1 }
      if (cell.key[d] !== TOTAL) line.members.push(i)
      lines.set(id, line)
    }
  }
  return [...lines.values()]
}

/** Random small tables as a small municipality would publish them: 2–4 dimensions of 2–6 values, margins included. */
export function randomTable(seed: number): TableCell[] {
  const random = seededRandom(seed)
  const width = 2 + Math.floor(random() * 3)
  const dimensions = Array.from({ length: width }, (_, d) => Array.from({ length: 2 + Math.floor(random() * 5) }, (_, i) => `d${d}v${i}`))
  return cube(dimensions, () => smallCount(random), random() < 0.5)
}
