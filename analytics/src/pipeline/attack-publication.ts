import { buildLinkedSystem, signatureOf, TOTAL, variableBounds, type ExtraEquation, type LinkedTable, type LinkedUnit } from '../disclosure/index.js'
import { yearOfKey } from './publication-units.js'
import { TABLES, type TableDefinition } from './tables.js'

type Row = Readonly<Record<string, unknown>>
/** Published tables as their rows, by name (as read from the Arrow, CSV or JSON files). */
export type PublishedRows = Readonly<Record<string, readonly Row[]>>

/** A withheld cell an attacker can pin down, or bound below k, from what was published. */
export type PublicationDisclosure = {
  /** `population year|dimension=value|…` */
  readonly cell: string
  readonly kind: 'exact' | 'narrowed'
  readonly lower: number
  readonly upper: number
}

const keyOf = (table: TableDefinition, row: Row) => table.dimensions.map((d) => String(row[d]))
const valueOf = (row: Row): number | null => (row.suppressed === true || row.suppressed === 'true' || row.concerns === null || row.concerns === '' ? null : Number(row.concerns))

/**
 * The published tables as the attacker's units: per population and year every table of that population, without
 * the year column (`over_time` keeps its period, which is the year's total when it is the year itself), and the
 * all-time total as the sum of the year totals.
 */
export function publishedUnits(rows: PublishedRows, tables: readonly TableDefinition[] = TABLES): { units: LinkedUnit[]; extra: ExtraEquation[] } {
  const units = new Map<string, { id: string; tables: LinkedTable[]; sameAsTotal: Record<string, string> }>()
  const allTime: { total?: string; years: string[] } = { years: [] }
  for (const table of tables) {
    const byYear = new Map<string, { key: string[]; value: number | null }[]>()
    for (const row of rows[table.name] ?? []) {
      const key = keyOf(table, row)
      const year = yearOfKey(key)
      if (year === TOTAL) {
        allTime.total = `${table.group} all|`
        continue
      }
      const cells = byYear.get(year) ?? []
      cells.push({ key: table.name === 'over_time' ? key : key.slice(1), value: valueOf(row) })
      byYear.set(year, cells)
    }
    for (const [year, cells] of byYear) {
      const id = `${table.group} ${year}`
      const unit = units.get(id) ?? { id, tables: [], sameAsTotal: { period: year } }
      const dimensions = table.name === 'over_time' ? ['period', ...table.dimensions.slice(1)] : table.dimensions.slice(1)
      unit.tables.push({ name: table.name, dimensions, sliceDimensions: table.withoutMargin ?? [], cells })
      units.set(id, unit)
      if (table.allTime) allTime.years.push(`${id}|`)
    }
  }
  const extra: ExtraEquation[] = []
  // The all-time total is one more cell of a unit of its own, the sum of the year totals.
  const list = [...units.values()]
  if (allTime.total) {
    const table = tables.find((t) => t.allTime)!
    const row = (rows[table.name] ?? []).find((r) => keyOf(table, r).every((v) => v === TOTAL))!
    list.push({ id: `${table.group} all`, tables: [{ name: table.name, dimensions: ['all'], cells: [{ key: [TOTAL], value: valueOf(row) }] }], sameAsTotal: {} })
    extra.push({ total: allTime.total, members: [...new Set(allTime.years)] })
  }
  return { units: list, extra }
}

/**
 * Attacks a publication the way a reader of all its tables at once could: one system of equations over every
 * withheld cell of every table (linked by the populations they count, periods included), solved as a linear
 * program for the smallest and largest value of each. With `previous`, the publication before it is read too:
 * every cell it showed is known, moved by `delta` (what changed in between, as an attacker who caused or saw
 * the change knows it). Lists the withheld cells pinned exactly or bounded below k; empty means safe.
 */
export function attackPublication(
  rows: PublishedRows,
  k: number,
  options: { previous?: PublishedRows; delta?: (table: TableDefinition, key: readonly string[]) => number; tables?: readonly TableDefinition[] } = {},
): PublicationDisclosure[] {
  const tables = options.tables ?? TABLES
  const { units, extra } = publishedUnits(rows, tables)
  const known = new Map<string, number>()
  if (options.previous) {
    const before = publishedUnits(options.previous, tables)
    for (const unit of before.units)
      for (const table of unit.tables) {
        const definition = tables.find((t) => t.name === table.name)
        for (const cell of table.cells) {
          if (cell.value === null) continue
          const year = unit.id.split(' ')[1]!
          const fullKey = !definition ? [] : year === 'all' ? definition.dimensions.map(() => TOTAL) : definition.name === 'over_time' ? cell.key : [year, ...cell.key]
          known.set(signatureOf(unit, table, cell.key), cell.value + (definition && options.delta ? options.delta(definition, fullKey) : 0))
        }
      }
  }
  const bounds = variableBounds(buildLinkedSystem(units, { known, extra }))
  const found: PublicationDisclosure[] = []
  for (const [cell, { lower, upper }] of bounds) {
    if (lower === upper) found.push({ cell, kind: 'exact', lower, upper })
    else if (upper < k) found.push({ cell, kind: 'narrowed', lower, upper })
  }
  return found
}
