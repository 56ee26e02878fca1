import { buildLinkedSystem, signatureOf, variableBounds, type LinkedUnit } from './linked-system.js'
import { protectingCube, type CubeCosts } from './hypercube.js'
import { assertMinCell, isPrimarySensitive } from './rules.js'
import { costsOf, cubeFor, protect } from './suppress.js'
import { indexTable, type IndexedTable } from './table.js'
import type { TableCell } from './types.js'

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

// Rounds of adding cubes for cells still exposed; each round adds at least one cell.
const REPAIR_ROUNDS = 40
// Complements tried in the clear, the largest first: where most of the loss is. Counted, so results are deterministic.
const RELEASE_ATTEMPTS = 60

type Working = {
  input: UnitTable
  table: IndexedTable
  hidden: Uint8Array
  costs: CubeCosts
  signatures: string[]
  /** For a table with overlapping dimensions: the signature of the cell that bounds each cell from above. */
  bounds: (string | undefined)[]
}

/** Which check a withheld cell must pass: this publication alone, or read together with the previous one. */
type Reader = 'alone' | 'both'

/**
 * Protects the linked tables of one unit together. Each table gets its cheapest cubes first (kept margins are
 * never complements, cells the previous publication showed only as a last resort). Then every withheld cell
 * needs a proof that an attacker reading all tables at once cannot pin it, or bound a small count below k: a
 * *certificate* (one cube of withheld cells, in every table that holds the cell, that moves it far enough without
 * changing a published figure or passing a published bound), or else the linear program over its connected part
 * of the unit. A reader of this and the previous publication knows every cell either showed, so cells withheld
 * in both need a proof without those. Cells without one get another cube; afterwards complements are released
 * again, largest first, where every proof still holds.
 */
export function protectUnit(unit: ProtectionUnit, k: number): UnitProtection {
  assertMinCell(k)
  const working = prepare(unit, k)
  const unprotected = repair(unit, working, k)
  if (unprotected.size === 0) {
    release(unit, working, k)
    // Released one at a time against their neighbours' proofs; the whole unit is checked once more.
    for (const [signature, where] of repair(unit, working, k)) unprotected.set(signature, where)
  }
  return { suppressed: working.map((w) => Array.from(w.hidden, (flag) => flag === 1)), unprotected: [...unprotected.values()] }
}

/** Adds cubes for exposed cells until none is left; returns the cells nothing protects. */
function repair(unit: ProtectionUnit, working: readonly Working[], k: number): Map<string, { table: string; key: readonly string[] }> {
  const unprotected = new Map<string, { table: string; key: readonly string[] }>()
  for (let round = 0; ; round++) {
    synchronise(working, k)
    const exposed = [...exposedCells(unit, working, k)].filter(([signature]) => !unprotected.has(signature))
    if (exposed.length === 0) return unprotected
    for (const [signature, reader] of exposed)
      if (round === REPAIR_ROUNDS || !addCube(working, signature, k, reader)) unprotected.set(signature, locate(working, signature))
  }
}

function prepare(unit: ProtectionUnit, k: number): Working[] {
  const linked: LinkedUnit = { id: unit.id, sameAsTotal: unit.sameAsTotal, tables: [] }
  const working: Working[] = unit.tables.map((input) => {
    const table = indexTable(input.cells)
    const described = { name: input.name, dimensions: input.dimensions, sliceDimensions: input.sliceDimensions, cells: [] }
    const signatures = input.cells.map((cell) => signatureOf(linked, described, cell.key))
    const slices = input.sliceDimensions ?? []
    const bounds = input.cells.map((cell) => (slices.length ? signatureOf(linked, described, cell.key, slices) : undefined))
    return { input, table, hidden: new Uint8Array(table.cellCount), costs: costsOf(table, input, k), signatures, bounds }
  })
  // A cell of overlapping values may rise only to its bound, and a bound may fall only to the largest cell it bounds.
  const counts = new Map<string, number>()
  for (const w of working) w.signatures.forEach((s, c) => counts.set(s, w.table.counts[c]!))
  const largestBounded = new Map<string, number>()
  for (const w of working) w.bounds.forEach((b, c) => b && largestBounded.set(b, Math.max(largestBounded.get(b) ?? 0, w.table.counts[c]!)))
  for (const w of working) {
    const roomUp = Float64Array.from(w.bounds, (b, c) => (b && counts.has(b) ? counts.get(b)! - w.table.counts[c]! : Infinity))
    const roomDown = Float64Array.from(w.signatures, (s, c) => w.table.counts[c]! - (largestBounded.get(s) ?? 0))
    w.costs = { ...w.costs, roomUp, roomDown }
    w.hidden = protect(w.table, new Uint8Array(w.table.cellCount), k, w.costs).hidden
  }
  return working
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

/** Signatures that appear in more than one table: a cube moving one would have to move it in the others too. */
function sharedSignatures(working: readonly Working[]): Set<string> {
  const seen = new Map<string, number>()
  for (const w of working) for (const s of new Set(w.signatures)) seen.set(s, (seen.get(s) ?? 0) + 1)
  return new Set([...seen].filter(([, n]) => n > 1).map(([s]) => s))
}

/**
 * Whether a withheld cell has a certificate: in every table that holds it, a cube of withheld cells (none shared
 * with another table, none the reader knows) that moves it by at least `need`.
 */
function certified(working: readonly Working[], signature: string, need: number, shared: ReadonlySet<string>, known: ReadonlySet<string>): boolean {
  let tables = 0
  for (const w of working) {
    const c = w.signatures.indexOf(signature)
    if (c < 0) continue
    tables++
    const blocked = new Uint8Array(w.table.cellCount)
    const hidden = new Uint8Array(w.table.cellCount)
    for (let i = 0; i < w.table.cellCount; i++) {
      const usable = w.hidden[i] && (i === c || (!shared.has(w.signatures[i]!) && !known.has(w.signatures[i]!)))
      blocked[i] = usable ? 0 : 1
      hidden[i] = usable ? 1 : 0
    }
    if (!protectingCube(w.table, hidden, c, need, { ...w.costs, blocked, penalty: undefined })) return false
  }
  return tables > 0
}

/**
 * Withheld cells without a proof, with the reader who could pin them. Cells without a certificate go to the
 * linear program of their connected part, as the attacker would solve it.
 */
function exposedCells(unit: ProtectionUnit, working: readonly Working[], k: number, only?: ReadonlySet<string>): Map<string, Reader> {
  const counts = new Map<string, number>()
  const hidden = new Set<string>()
  const shownBefore = new Set<string>()
  for (const w of working)
    for (let c = 0; c < w.table.cellCount; c++) {
      counts.set(w.signatures[c]!, w.table.counts[c]!)
      if (w.hidden[c]) hidden.add(w.signatures[c]!)
      if (w.input.previouslyPublished?.[c]) shownBefore.add(w.signatures[c]!)
    }
  const shared = sharedSignatures(working)
  const need = (signature: string) => (isPrimarySensitive(counts.get(signature)!, k) ? k - counts.get(signature)! : 1)
  // A small count must be able to reach k, any other withheld cell to rise above its count.
  const enough = (signature: string) => counts.get(signature)! + need(signature)
  const exposed = new Map<string, Reader>()
  for (const [reader, known] of [
    ['alone', new Set<string>()],
    ['both', shownBefore],
  ] as const) {
    if (reader === 'both' && shownBefore.size === 0) continue
    const doubtful = new Set([...hidden].filter((s) => !known.has(s) && (!only || only.has(s)) && !certified(working, s, need(s), shared, known)))
    if (doubtful.size === 0) continue
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
    const knownValues = new Map([...known].filter((s) => hidden.has(s)).map((s) => [s, counts.get(s)!]))
    for (const [signature, { upper }] of variableBounds(buildLinkedSystem([linked], { known: knownValues }), { only: doubtful, upperOnly: true, enough })) {
      const count = counts.get(signature)!
      if ((isPrimarySensitive(count, k) ? upper < k : upper <= count) && !exposed.has(signature)) exposed.set(signature, reader)
    }
  }
  return exposed
}

/**
 * Another cube for an exposed cell, in the first table where one exists; false when none does. Against a reader
 * of both publications, cells the previous one showed are no help, so they are not used then.
 */
function addCube(working: readonly Working[], signature: string, k: number, reader: Reader): boolean {
  for (const w of working) {
    const c = w.signatures.indexOf(signature)
    if (c < 0) continue
    const costs = reader === 'both' ? { ...w.costs, blocked: blockShown(w) } : w.costs
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

/**
 * Cubes chosen one cell at a time overlap and over-protect. Each complement is tried in the clear, the largest
 * first (it hides the most concerns): it stays published when every withheld cell still has a proof without it.
 * Only the cells of its own connected part can lose theirs. Deterministic: the order is by count, then signature.
 */
function release(unit: ProtectionUnit, working: readonly Working[], k: number): void {
  const candidates = new Map<string, number>()
  for (const w of working)
    w.hidden.forEach((flag, c) => {
      const count = w.table.counts[c]!
      if (flag && !isPrimarySensitive(count, k)) candidates.set(w.signatures[c]!, count)
    })
  const order = [...candidates].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, RELEASE_ATTEMPTS)
  for (const [signature] of order) {
    const changed = working.flatMap((w) => w.signatures.flatMap((s, c) => (s === signature && w.hidden[c] ? [[w, c] as const] : [])))
    const neighbours = neighboursOf(working, changed)
    for (const [w, c] of changed) w.hidden[c] = 0
    if (exposedCells(unit, working, k, neighbours).size > 0) for (const [w, c] of changed) w.hidden[c] = 1
  }
}

/** The withheld cells that share a table with the released cell: the ones whose proof could have used it. */
function neighboursOf(working: readonly Working[], changed: readonly (readonly [Working, number])[]): Set<string> {
  const tables = new Set(changed.map(([w]) => w))
  const bounds = new Set(changed.flatMap(([w, c]) => (w.bounds[c] ? [w.bounds[c]!] : [])))
  const signatures = new Set(changed.map(([w, c]) => w.signatures[c]!))
  const neighbours = new Set<string>()
  for (const w of working) {
    // A table bounded by (or bounding) the released cell's table can lose a proof too.
    const related = tables.has(w) || w.signatures.some((s) => bounds.has(s)) || w.bounds.some((b) => b !== undefined && signatures.has(b))
    if (related) w.hidden.forEach((flag, c) => flag && neighbours.add(w.signatures[c]!))
  }
  return neighbours
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
