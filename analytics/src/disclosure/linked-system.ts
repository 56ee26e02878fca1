import { TOTAL } from './rules.js'
import { LinearProgram, type LinearRow } from './simplex.js'

/**
 * Linked tables as one system of equations, the way an attacker who reads every published table at once sees
 * them. Within a unit (one population in one period, e.g. the concerns received in 2026), a cell stands for the
 * concerns that match its non-total key values; two cells of different tables with the same values count the
 * same concerns and are one variable (its *signature*). Every line of every table adds an equation (the total is
 * the sum of its members, wherever the total is published), a cell of a dimension with overlapping values (kinds)
 * is at most the cell without that dimension, and every count is at least 0.
 */
export interface LinkedCell {
  readonly key: readonly string[]
  /** The count, or null when it is withheld. */
  readonly value: number | null
}

export interface LinkedTable {
  readonly name: string
  readonly dimensions: readonly string[]
  /** Dimensions whose values overlap (several kinds per concern): no total over them, only an upper bound. */
  readonly sliceDimensions?: readonly string[]
  readonly cells: readonly LinkedCell[]
}

export interface LinkedUnit {
  /** Names the population and period, e.g. "received 2026"; cells of different units are never the same. */
  readonly id: string
  readonly tables: readonly LinkedTable[]
  /**
   * Values of a dimension that mean the whole unit, like a period that is the unit's year: they count as TOTAL
   * in the signature.
   */
  readonly sameAsTotal?: Readonly<Record<string, string>>
}

/** A sum of cells, each named by unit and signature, that equals a constant or another cell (cross-unit totals). */
export interface ExtraEquation {
  readonly members: readonly string[]
  readonly total: string
}

export interface LinkedSystem {
  /** Variable names (`unit|signature`) of the withheld cells. */
  readonly variables: readonly string[]
  readonly rows: readonly LinearRow[]
}

/** The name of the population a cell counts: its unit and the sorted non-total key values. */
export function signatureOf(unit: LinkedUnit, table: LinkedTable, key: readonly string[], without: readonly string[] = []): string {
  const parts: string[] = []
  for (const [d, dimension] of table.dimensions.entries()) {
    const value = key[d]!
    if (value === TOTAL || without.includes(dimension) || unit.sameAsTotal?.[dimension] === value) continue
    parts.push(`${dimension}=${value}`)
  }
  return `${unit.id}|${parts.sort().join('|')}`
}

/**
 * The system over the withheld cells. `known` holds values an attacker has beyond the published cells (for
 * example cells a previous publication showed, brought forward by what changed since), by variable name.
 */
export function buildLinkedSystem(units: readonly LinkedUnit[], options: { known?: ReadonlyMap<string, number>; extra?: readonly ExtraEquation[] } = {}): LinkedSystem {
  const values = new Map<string, number | null>()
  for (const unit of units)
    for (const table of unit.tables)
      for (const cell of table.cells) {
        const name = signatureOf(unit, table, cell.key)
        const value = cell.value ?? options.known?.get(name) ?? null
        // A cell published in one table and withheld in another is known: the published value wins.
        if (value !== null || !values.has(name)) values.set(name, value)
      }
  const variableIndex = new Map<string, number>()
  for (const [name, value] of values) if (value === null) variableIndex.set(name, variableIndex.size)

  const rows: LinearRow[] = []
  const seen = new Set<string>()
  // Σ coefficient × cell = 0, with known cells moved to the right-hand side; absent cells are zeros.
  const add = (cells: readonly (readonly [string, number])[], relation: LinearRow['relation']) => {
    const terms = new Map<number, number>()
    let rhs = 0
    for (const [name, coefficient] of cells) {
      const variable = variableIndex.get(name)
      if (variable === undefined) rhs -= coefficient * (values.get(name) ?? 0)
      else terms.set(variable, (terms.get(variable) ?? 0) + coefficient)
    }
    for (const [variable, coefficient] of terms) if (coefficient === 0) terms.delete(variable)
    if (terms.size === 0) return
    const text = `${relation}${rhs}:${[...terms].sort((a, b) => a[0] - b[0]).join(';')}`
    if (seen.has(text)) return
    seen.add(text)
    rows.push({ terms, relation, rhs })
  }

  for (const unit of units) {
    for (const table of unit.tables) {
      const slices = table.sliceDimensions ?? []
      const lines = new Map<string, string[]>()
      for (const cell of table.cells) {
        const member = signatureOf(unit, table, cell.key)
        for (const [d, dimension] of table.dimensions.entries()) {
          if (slices.includes(dimension) || cell.key[d] === TOTAL) continue
          const totalKey = cell.key.map((value, i) => (i === d ? TOTAL : value))
          const total = signatureOf(unit, table, totalKey)
          if (total === member || !values.has(total)) continue
          const line = `${d}\u0000${total}`
          const members = lines.get(line) ?? [total]
          members.push(member)
          lines.set(line, members)
        }
        if (slices.some((dimension) => cell.key[table.dimensions.indexOf(dimension)] !== TOTAL)) {
          const bound = signatureOf(unit, table, cell.key, slices)
          if (bound !== member && values.has(bound)) add([[member, 1], [bound, -1]], '<=')
        }
      }
      for (const [total, ...members] of lines.values()) add([[total!, -1], ...members.map((m) => [m, 1] as const)], '=')
    }
  }
  for (const equation of options.extra ?? []) if (values.has(equation.total)) add([[equation.total, -1], ...equation.members.map((m) => [m, 1] as const)], '=')
  return { variables: [...variableIndex.keys()], rows }
}

export interface VariableBounds {
  readonly lower: number
  readonly upper: number
}

/**
 * The smallest and largest value each withheld cell can take in some table that fits everything published
 * (the linear relaxation: for these tables of sums its bounds are those of whole counts). `only` limits the
 * work to some variables; `upperOnly` skips the lower bounds (0 is then reported); `enough` stops the search
 * for a variable's upper bound once it reaches that value (the bound reported is then at least it).
 */
export function variableBounds(
  system: LinkedSystem,
  options: { only?: ReadonlySet<string>; upperOnly?: boolean; enough?: (variable: string) => number } = {},
): Map<string, VariableBounds> {
  const n = system.variables.length
  // Connected parts are solved apart: each is small, and a dense tableau grows with the square of its size.
  const parent = Int32Array.from({ length: n }, (_, i) => i)
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!
      i = parent[i]!
    }
    return i
  }
  for (const row of system.rows) {
    const [first, ...rest] = row.terms.keys()
    for (const other of rest) parent[find(other)] = find(first!)
  }
  const parts = new Map<number, { variables: number[]; rows: LinearRow[] }>()
  for (let i = 0; i < n; i++) {
    const root = find(i)
    if (!parts.has(root)) parts.set(root, { variables: [], rows: [] })
    parts.get(root)!.variables.push(i)
  }
  for (const row of system.rows) parts.get(find(row.terms.keys().next().value!))!.rows.push(row)

  const bounds = new Map<string, VariableBounds>()
  for (const part of parts.values()) {
    const wanted = part.variables.filter((v) => !options.only || options.only.has(system.variables[v]!))
    if (wanted.length === 0) continue
    const local = new Map(part.variables.map((v, i) => [v, i]))
    const rows = part.rows.map((row) => ({ ...row, terms: new Map([...row.terms].map(([v, c]) => [local.get(v)!, c])) }))
    const program = new LinearProgram(part.variables.length, rows)
    if (!program.feasible) throw new Error('disclosure: the published figures contradict each other (no table fits them)')
    for (const v of wanted) {
      const upper = program.maximise(local.get(v)!, options.enough?.(system.variables[v]!))!
      const lower = options.upperOnly ? 0 : program.minimise(local.get(v)!)!
      bounds.set(system.variables[v]!, { lower: clean(lower), upper: clean(upper) })
    }
  }
  return bounds
}

// The relaxation's optimum of these 0/±1 systems is whole; rounding removes floating-point dust.
const clean = (value: number) => (Number.isFinite(value) ? Math.round(value * 1e6) / 1e6 : value)
