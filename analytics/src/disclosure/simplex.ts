/**
 * A small dense simplex for the attacker's linear programs: `A·x = b` (and `≤` rows with a slack), `x ≥ 0`,
 * maximise one variable at a time. Phase one runs once per system; every objective then starts from the
 * feasible basis the previous one left, so asking for the bounds of all n variables costs a few pivots each
 * rather than n fresh solves. Sizes are the withheld cells of one connected part of a publication: tens to a
 * few hundred variables, where a dense tableau is simplest and fast enough.
 */

const EPS = 1e-9
/** Degenerate pivots in a row before switching from the steepest reduced cost to Bland's rule, which cannot cycle. */
const DEGENERATE_LIMIT = 50
const PIVOT_LIMIT = 50_000

export type LinearRow = {
  /** Variable index → coefficient. */
  readonly terms: ReadonlyMap<number, number>
  readonly relation: '=' | '<='
  readonly rhs: number
}

export class LinearProgram {
  private readonly columns: number
  private readonly rows: Float64Array[]
  private readonly basis: Int32Array
  /** Columns that may enter the basis: the variables and slacks, not phase one's artificials. */
  private readonly enterable: number
  readonly feasible: boolean

  /** `variables` columns come first; each `<=` row adds a slack column after them. */
  constructor(
    readonly variables: number,
    constraints: readonly LinearRow[],
  ) {
    const slacks = constraints.filter((c) => c.relation === '<=').length
    const structural = variables + slacks
    const m = constraints.length
    this.columns = structural + m + 1
    this.enterable = structural
    this.rows = []
    this.basis = new Int32Array(m)
    let slack = variables
    for (const [i, constraint] of constraints.entries()) {
      const row = new Float64Array(this.columns)
      for (const [variable, coefficient] of constraint.terms) row[variable] = (row[variable] ?? 0) + coefficient
      if (constraint.relation === '<=') row[slack++] = 1
      row[this.columns - 1] = constraint.rhs
      // Phase one needs a non-negative right-hand side for its artificial basis.
      if (constraint.rhs < 0) for (let j = 0; j < this.columns; j++) row[j] = -row[j]!
      row[structural + i] = 1
      this.rows.push(row)
      this.basis[i] = structural + i
    }
    this.feasible = this.phaseOne(structural)
  }

  /**
   * The largest value variable `target` can take (Infinity when unbounded); undefined when infeasible. With
   * `enough`, it stops as soon as a table is found where the variable reaches that value, and returns that value:
   * a proof that the variable can get there, found after a few pivots rather than at the optimum.
   */
  maximise(target: number, enough = Infinity): number | undefined {
    if (!this.feasible) return undefined
    return this.optimise(target, 1, enough)
  }

  /** The smallest value variable `target` can take; undefined when infeasible. */
  minimise(target: number): number | undefined {
    if (!this.feasible) return undefined
    const value = this.optimise(target, -1)
    return value === undefined ? undefined : -value
  }

  private rhs(i: number): number {
    return this.rows[i]![this.columns - 1]!
  }

  private phaseOne(structural: number): boolean {
    const m = this.rows.length
    // Minimising the sum of the artificials: reduced costs are the column sums over the artificial rows.
    const objective = new Float64Array(this.columns)
    for (const row of this.rows) for (let j = 0; j < structural; j++) objective[j]! += row[j]!
    for (const row of this.rows) objective[this.columns - 1]! += row[this.columns - 1]!
    if (!this.iterate(objective, structural)) return false
    if (objective[this.columns - 1]! > 1e-7) return false
    // Artificials left in the basis sit at zero: pivot them out, or drop their row when it is redundant.
    for (let i = m - 1; i >= 0; i--) {
      if (this.basis[i]! < structural) continue
      const row = this.rows[i]!
      let entering = -1
      for (let j = 0; j < structural; j++) if (Math.abs(row[j]!) > EPS) { entering = j; break }
      if (entering >= 0) this.pivot(i, entering, undefined)
      else {
        this.rows.splice(i, 1)
        this.basis.copyWithin(i, i + 1)
      }
    }
    return true
  }

  private optimise(target: number, sign: 1 | -1, enough = Infinity): number | undefined {
    const objective = new Float64Array(this.columns)
    // Reduced costs of the objective sign·x[target] against the current basis.
    objective[target] = sign
    for (let i = 0; i < this.rows.length; i++) {
      if (this.basis[i] !== target) continue
      const row = this.rows[i]!
      for (let j = 0; j < this.columns; j++) objective[j]! -= sign * row[j]!
      objective[target] = 0
      objective[this.columns - 1] = -sign * this.rhs(i)
    }
    if (!this.iterate(objective, this.enterable, enough)) return Infinity
    return -objective[this.columns - 1]!
  }

  /**
   * Pivots while some reduced cost is positive (maximising). The objective row holds the negated value in its
   * last column. Returns false when the objective is unbounded.
   */
  private iterate(objective: Float64Array, enterable: number, enough = Infinity): boolean {
    let degenerate = 0
    for (let pivots = 0; pivots < PIVOT_LIMIT; pivots++) {
      if (-objective[this.columns - 1]! >= enough - EPS) return true
      const bland = degenerate >= DEGENERATE_LIMIT
      let entering = -1
      let best = EPS
      for (let j = 0; j < enterable; j++) {
        if (objective[j]! > best) {
          entering = j
          if (bland) break
          best = objective[j]!
        }
      }
      if (entering < 0) return true
      let leaving = -1
      let ratio = Infinity
      for (let i = 0; i < this.rows.length; i++) {
        const a = this.rows[i]![entering]!
        if (a <= EPS) continue
        const r = this.rhs(i) / a
        if (r < ratio - EPS || (r < ratio + EPS && leaving >= 0 && this.basis[i]! < this.basis[leaving]!)) {
          ratio = r
          leaving = i
        }
      }
      if (leaving < 0) return false
      degenerate = ratio < EPS ? degenerate + 1 : 0
      this.pivot(leaving, entering, objective)
    }
    throw new Error('disclosure: the linear program did not converge')
  }

  private pivot(r: number, c: number, objective: Float64Array | undefined): void {
    const pivotRow = this.rows[r]!
    const scale = 1 / pivotRow[c]!
    for (let j = 0; j < this.columns; j++) pivotRow[j]! *= scale
    pivotRow[c] = 1
    const eliminate = (row: Float64Array) => {
      const factor = row[c]!
      if (factor === 0) return
      for (let j = 0; j < this.columns; j++) {
        const value = row[j]! - factor * pivotRow[j]!
        row[j] = Math.abs(value) < 1e-12 ? 0 : value
      }
      row[c] = 0
    }
    for (let i = 0; i < this.rows.length; i++) if (i !== r) eliminate(this.rows[i]!)
    if (objective) eliminate(objective)
    this.basis[r] = c
  }
}
