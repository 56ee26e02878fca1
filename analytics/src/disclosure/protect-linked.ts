import { buildLinkedSystem, signatureOf, variableBounds, type LinkedUnit } from './linked-system.js'
import { assertMinCell, isPrimarySensitive } from './rules.js'
import { costsOf, cubeFor, protect } from './suppress.js'
import { indexTable, type IndexedTable } from './table.js'
import type { TableCell } from './types.js'
import type { CubeCosts } from './hypercube.js'

export interface UnitTable {
  readonly name: string
  readonly dimensions: readonly string[]
  /** Dimensions whose values overlap (no total over them). */
  readonly sliceDimensions?: readonly string[]
  /** The true counts, with every margin. */
  readonly cells: readonly TableCell[]
  /** Margins that stay published when at least k; never used to protect another cell. */
  readonly keep: readonly boolean[]
  /** Cells the previous publication showed (by the same key): used only when nothing else protects. */
  readonly previouslyPublished?: readonly boolean[]
}

export interface ProtectionUnit {
  /** The population and period, e.g. "received 2026". */
  readonly id: string
  readonly sameAsTotal?: Readonly<Record<string, string>>
  readonly tables: readonly UnitTable[]
}

export interface UnitProtection {
  /** Per table, aligned with its cells: withheld or not. */
  readonly suppressed: readonly (readonly boolean[])[]
  /** Cells that nothing protects without hiding a kept margin (`table`, key), for the caller to merge or coarsen. */
  readonly unprotected: readonly { table: string; key: readonly string[] }[]
}

// Rounds of adding cubes for cells the linear program still finds exposed; each round adds at least one cell.
const REPAIR_ROUNDS = 40

type Working = {
  input: UnitTable
  table: IndexedTable
  hidden: Uint8Array
  costs: CubeCosts
  signatures: string[]
  /** For a table with overlapping dimensions: the signature of the cell that bounds each cell from above. */
  bounds: (string | undefined)[]
}

/**
 * Protects the linked tables of one unit together. Each table gets its cheapest cubes first (kept margins are
 * never complements, cells the previous publication showed only as a last resort); then the linear program over
 * all tables of the unit, as an attacker reading them all at once would solve it, checks every withheld cell:
 * a small count must be able to reach k, any other must be able to move. This night's and the previous
 * publication are checked together as well (cells shown by either are known to someone who read both). Cells
 * that fail get another cube until none does.
 */
export function protectUnit(unit: ProtectionUnit, k: number): UnitProtection {
  assertMinCell(k)
  const linked: LinkedUnit = { id: unit.id, sameAsTotal: unit.sameAsTotal, tables: [] }
  const working: Working[] = unit.tables.map((input) => {
    const table = indexTable(input.cells)
    const costs = costsOf(table, input, k)
    const { hidden } = protect(table, new Uint8Array(table.cellCount), k, costs)
    const described = { name: input.name, dimensions: input.dimensions, sliceDimensions: input.sliceDimensions, cells: [] }
    const signatures = input.cells.map((cell) => signatureOf(linked, described, cell.key))
    const slices = input.sliceDimensions ?? []
    const bounds = input.cells.map((cell) => (slices.length ? signatureOf(linked, described, cell.key, slices) : undefined))
    return { input, table, hidden, costs, signatures, bounds }
  })

  const unprotected = new Map<string, { table: string; key: readonly string[] }>()
  for (let round = 0; ; round++) {
    synchronise(working, k)
    const exposed = exposedCells(unit, working, k)
    const repairable = [...exposed].filter(([signature]) => !unprotected.has(signature))
    if (repairable.length === 0) break
    for (const [signature, acrossPublications] of repairable)
      if (round === REPAIR_ROUNDS || !addCube(working, signature, k, acrossPublications)) unprotected.set(signature, locate(working, signature))
  }
  if (unprotected.size === 0) release(unit, working, k)
  return { suppressed: working.map((w) => Array.from(w.hidden, (flag) => flag === 1)), unprotected: [...unprotected.values()] }
}

/**
 * Cubes chosen one cell at a time overlap and over-protect. Each complement is tried in the clear, the largest
 * first (it hides the most concerns): it stays published when the linear program still finds every withheld
 * cell protected without it. Deterministic: the order is by count, then by position.
 */
function release(unit: ProtectionUnit, working: readonly Working[], k: number): void {
  const candidates = new Map<string, number>()
  for (const w of working)
    w.hidden.forEach((flag, c) => {
      const count = w.table.counts[c]!
      if (flag && !isPrimarySensitive(count, k)) candidates.set(w.signatures[c]!, count)
    })
  const order = [...candidates].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  for (const [signature] of order) {
    const changed = working.flatMap((w) => w.signatures.flatMap((s, c) => (s === signature && w.hidden[c] ? [[w, c] as const] : [])))
    for (const [w, c] of changed) w.hidden[c] = 0
    if (exposedCells(unit, working, k).size > 0) for (const [w, c] of changed) w.hidden[c] = 1
  }
}

/** A population withheld in one table is withheld in all: a cell newly hidden this way gets a cube of its own. */
function synchronise(working: readonly Working[], k: number): void {
  for (let changed = true; changed; ) {
    changed = false
    const hiddenSignatures = new Set<string>()
    for (const w of working) w.hidden.forEach((flag, c) => flag && hiddenSignatures.add(w.signatures[c]!))
    for (const w of working)
      for (let c = 0; c < w.table.cellCount; c++) {
        if (w.hidden[c] || !hiddenSignatures.has(w.signatures[c]!) || w.table.counts[c] === 0) continue
        w.hidden[c] = 1
        changed = true
        const cube = cubeFor(w.table, w.hidden, c, k, w.costs)
        if (cube) for (const corner of cube.corners) w.hidden[corner] = 1
      }
  }
}

/**
 * Withheld cells the attacker's linear program pins or bounds below k, with whether only a reader of both this
 * and the previous publication can (true) or this one suffices (false).
 */
function exposedCells(unit: ProtectionUnit, working: readonly Working[], k: number): Map<string, boolean> {
  const counts = new Map<string, number>()
  const hiddenNow = new Set<string>()
  const shownBefore = new Set<string>()
  for (const w of working)
    for (let c = 0; c < w.table.cellCount; c++) {
      counts.set(w.signatures[c]!, w.table.counts[c]!)
      if (w.hidden[c]) hiddenNow.add(w.signatures[c]!)
      if (w.input.previouslyPublished?.[c]) shownBefore.add(w.signatures[c]!)
    }
  const exposed = new Map<string, boolean>()
  const check = (known: ReadonlyMap<string, number> | undefined) => {
    const linked: LinkedUnit = {
      id: unit.id,
      sameAsTotal: unit.sameAsTotal,
      tables: working.map((w) => ({
        name: w.input.name,
        dimensions: w.input.dimensions,
        sliceDimensions: w.input.sliceDimensions,
        cells: w.input.cells.map((cell, c) => ({ key: cell.key, value: w.hidden[c] ? null : cell.concerns })),
      })),
    }
    const bounds = variableBounds(buildLinkedSystem([linked], { known }), { upperOnly: true })
    for (const [signature, { upper }] of bounds) {
      const count = counts.get(signature)!
      if ((isPrimarySensitive(count, k) ? upper < k : upper <= count) && !exposed.has(signature)) exposed.set(signature, known !== undefined)
    }
  }
  check(undefined)
  const shownAndHidden = [...shownBefore].filter((signature) => hiddenNow.has(signature))
  if (shownAndHidden.length) check(new Map(shownAndHidden.map((signature) => [signature, counts.get(signature)!])))
  return exposed
}

/**
 * Another cube for an exposed cell, in the first table where one exists; false when none does. Against a reader
 * of both publications, cells the previous one showed are no help, so they are not used then.
 */
function addCube(working: readonly Working[], signature: string, k: number, acrossPublications: boolean): boolean {
  for (const w of working) {
    const c = w.signatures.indexOf(signature)
    if (c < 0) continue
    const costs = acrossPublications ? { ...w.costs, blocked: blockShown(w) } : w.costs
    const cube = cubeFor(w.table, w.hidden, c, k, costs, true)
    if (!cube) continue
    for (const corner of cube.corners) w.hidden[corner] = 1
    return true
  }
  return relaxBounds(working, signature, k)
}

/**
 * A cell of overlapping values (support given) is at most its bound in another table (the closed concerns with
 * that wish): when its own table has nothing left to hide, the published bounds of the withheld cells beside it
 * are what pins it, so those bounds are withheld too, each with a cube of its own. False when none can be.
 */
function relaxBounds(working: readonly Working[], signature: string, k: number): boolean {
  let relaxed = false
  for (const w of working) {
    const c = w.signatures.indexOf(signature)
    if (c < 0 || !w.bounds[c]) continue
    const slices = (w.input.sliceDimensions ?? []).map((d) => w.input.dimensions.indexOf(d))
    const sameSlice = (other: number) => slices.every((d) => w.input.cells[other]!.key[d] === w.input.cells[c]!.key[d])
    for (let h = 0; h < w.table.cellCount; h++) {
      if (!w.hidden[h] || !sameSlice(h)) continue
      for (const other of working) {
        const b = other.signatures.indexOf(w.bounds[h]!)
        if (b < 0 || other.hidden[b] || other.table.counts[b] === 0 || other.costs.blocked?.[b]) continue
        other.hidden[b] = 1
        const cube = cubeFor(other.table, other.hidden, b, k, other.costs)
        if (cube) for (const corner of cube.corners) other.hidden[corner] = 1
        relaxed = true
      }
    }
  }
  return relaxed
}

function blockShown(w: Working): Uint8Array {
  const blocked = Uint8Array.from(w.costs.blocked ?? new Uint8Array(w.table.cellCount))
  w.input.previouslyPublished?.forEach((shown, c) => shown && (blocked[c] = 1))
  return blocked
}

function locate(working: readonly Working[], signature: string): { table: string; key: readonly string[] } {
  for (const w of working) {
    const c = w.signatures.indexOf(signature)
    if (c >= 0) return { table: w.input.name, key: w.input.cells[c]!.key }
  }
  return { table: '', key: [] }
}
