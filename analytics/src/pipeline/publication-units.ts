import { isPrimarySensitive, protectUnit, type TableCell, type UnitProtection, type UnitTable } from '../disclosure/index.js'
import { ALL, type Cell } from './aggregate.js'
import type { Granularity } from './periods.js'
import type { TableDefinition } from './tables.js'

/** The year of a row: its `year`, or the first four characters of its `period`; `*` for the all-time total. */
export const yearOfKey = (key: readonly string[]): string => (key[0] === ALL ? ALL : key[0]!.slice(0, 4))

export function yearsOf(_table: TableDefinition, cells: readonly Cell[]): string[] {
  return [...new Set(cells.map((cell) => yearOfKey(cell.key)).filter((year) => year !== ALL))].sort()
}

/** A table's cells of one year, without the period column: each year is protected on its own. */
export function cellsOfYear(_table: TableDefinition, cells: readonly Cell[], year: string): TableCell[] {
  return cells.filter((cell) => yearOfKey(cell.key) === year).map((cell) => ({ key: cell.key.slice(1), concerns: cell.concerns }))
}

/** The keys (as JSON) each table showed in the previous publication; a reader of both knows those cells. */
export type PreviousPublication = ReadonlyMap<string, ReadonlySet<string>>

export type PublicationProtection = {
  /** Per table, aligned with its cells. */
  suppressed: Map<string, boolean[]>
  /** Cells nothing protects without hiding a kept margin; published withheld, and reported. */
  unprotected: { table: string; key: readonly string[] }[]
  units: number
}

type Placed = { table: string; index: number }

/**
 * Protects all tables of a publication together. Tables of one population (concerns received, concerns closed,
 * signals) share their margins, and `concerns` holds the year totals of the periods in `over_time`, so each
 * population's tables are protected as one unit per year: a cell that counts the same concerns in two tables has
 * one status in both. Years meet only in the all-time total, which is published when every year's total is.
 */
export function protectPublication(
  tables: readonly TableDefinition[],
  cells: ReadonlyMap<string, readonly Cell[]>,
  granularity: Granularity,
  k: number,
  previous: PreviousPublication = new Map(),
  cache: Map<string, UnitProtection> = new Map(),
): PublicationProtection {
  const suppressed = new Map(tables.map((t) => [t.name, new Array<boolean>(cells.get(t.name)?.length ?? 0).fill(false)]))
  const unprotected: PublicationProtection['unprotected'] = []
  let units = 0
  for (const group of [...new Set(tables.map((t) => t.group))]) {
    // A table of a published list's entries shows what the list shows: nothing to withhold.
    const members = tables.filter((t) => t.group === group && !t.countsList)
    const years = [...new Set(members.flatMap((t) => yearsOf(t, cells.get(t.name) ?? [])))].sort()
    for (const year of years) {
      const unitTables = members.flatMap((t) => unitTablesOf(t, members, cells, year, granularity, previous))
      if (!unitTables.length) continue
      units++
      const unit = { id: `${group} ${year}`, tables: unitTables.map((u) => u.table) }
      // Protecting again after a merge elsewhere: a unit the merge did not touch gives the same result.
      const key = JSON.stringify([unit, k])
      const result = cache.get(key) ?? protectUnit(unit, k)
      cache.set(key, result)
      result.suppressed.forEach((flags, i) => flags.forEach((flag, c) => (suppressed.get(unitTables[i]!.placed[c]!.table)![unitTables[i]!.placed[c]!.index] = flag)))
      unprotected.push(...result.unprotected.map((u) => ({ table: u.table, key: [year, ...u.key] })))
    }
  }
  copyYearDecisions(tables, cells, suppressed, granularity)
  decideAllTime(tables, cells, suppressed, k)
  return { suppressed, unprotected, units }
}

/**
 * The unit tables a publication table contributes to one year. `concerns` and a finer `over_time` make one table
 * with the period as a dimension whose total is the year (the row in `concerns`); per year, `over_time` is
 * `concerns` itself and takes its decisions afterwards.
 */
function unitTablesOf(
  table: TableDefinition,
  group: readonly TableDefinition[],
  cells: ReadonlyMap<string, readonly Cell[]>,
  year: string,
  granularity: Granularity,
  previous: PreviousPublication,
): { table: UnitTable; placed: Placed[] }[] {
  if (table.name === 'over_time') return []
  const slices = table.withoutMargin ?? []
  const rows: { key: string[]; concerns: number; placed: Placed; shown: boolean }[] = []
  const collect = (source: TableDefinition, key: (k: readonly string[]) => string[]) =>
    (cells.get(source.name) ?? []).forEach((cell, index) => {
      if (yearOfKey(cell.key) !== year) return
      rows.push({ key: key(cell.key), concerns: cell.concerns, placed: { table: source.name, index }, shown: previous.get(source.name)?.has(JSON.stringify(cell.key)) ?? false })
    })
  let dimensions = table.dimensions.slice(1)
  const overTime = group.find((t) => t.name === 'over_time')
  if (table.name === 'concerns' && overTime && granularity !== 'year') {
    dimensions = ['period', ...dimensions]
    collect(table, (key) => [ALL, ...key.slice(1)])
    collect(overTime, (key) => [...key])
  } else collect(table, (key) => key.slice(1))
  if (!rows.length) return []
  const period = dimensions.indexOf('period')
  const kept = (key: readonly string[]) =>
    dimensions.some((d, i) => d !== 'period' && !slices.includes(d) && key[i] === ALL) && (period < 0 || key[period] === ALL)
  const unitTable: UnitTable = {
    name: table.name,
    dimensions,
    sliceDimensions: slices,
    cells: rows.map((row): TableCell => ({ key: row.key, concerns: row.concerns })),
    keep: rows.map((row) => kept(row.key)),
    previouslyPublished: rows.map((row) => row.shown),
  }
  return [{ table: unitTable, placed: rows.map((row) => row.placed) }]
}

/** At year granularity `over_time` holds the year cells of `concerns`, under the period "2026": same decisions. */
function copyYearDecisions(tables: readonly TableDefinition[], cells: ReadonlyMap<string, readonly Cell[]>, suppressed: Map<string, boolean[]>, granularity: Granularity): void {
  if (granularity !== 'year' || !tables.some((t) => t.name === 'over_time')) return
  const decided = new Map<string, boolean>()
  ;(cells.get('concerns') ?? []).forEach((cell, i) => decided.set(JSON.stringify(cell.key), suppressed.get('concerns')![i]!))
  ;(cells.get('over_time') ?? []).forEach((cell, i) => {
    suppressed.get('over_time')![i] = decided.get(JSON.stringify(cell.key)) ?? true
  })
}

/**
 * The all-time total is the sum of the year totals: published when each of them is (a year total below k would
 * otherwise be the difference); marked withheld otherwise, which the publication leaves out.
 */
function decideAllTime(tables: readonly TableDefinition[], cells: ReadonlyMap<string, readonly Cell[]>, suppressed: Map<string, boolean[]>, k: number): void {
  for (const table of tables.filter((t) => t.allTime)) {
    const rows = cells.get(table.name) ?? []
    const flags = suppressed.get(table.name)!
    const yearTotals = rows.filter((cell) => cell.key[0] !== ALL && cell.key.slice(1).every((v) => v === ALL))
    const anyYearSmall = yearTotals.some((cell) => isPrimarySensitive(cell.concerns, k))
    rows.forEach((cell, i) => {
      if (cell.key[0] === ALL) flags[i] = anyYearSmall || isPrimarySensitive(cell.concerns, k)
    })
  }
}
