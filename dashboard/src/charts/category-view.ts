/** A view of one published count per category (kinds, outcomes, channels, signals, municipalities): bars, table, notes. */
import { drawBars } from './bars.js'
import { barOf, hasWithheld, rowOf, type Item } from './categories.js'
import { partialHeading } from './coverage.js'
import { legendOf, viewFootnotes } from './footnotes.js'
import type { ChartData, ChartId, ChartView } from './types.js'
import { makeView } from './view.js'

export type CategoryParts = {
  readonly title: string
  readonly summary: string
  readonly caption: string
  readonly columns: readonly string[]
  /** In the order drawn, labels as shown. */
  readonly items: readonly Item[]
  /** The published total the shares are of; null (withheld) puts the mark in the share column. */
  readonly total: number | null
  readonly xLabel: string
  readonly year: string
  /** The published table it reads and the dimension its categories come from. */
  readonly table: string
  readonly dimension: string
  /** Whether the title or summary shows a withheld figure too (say, a withheld share). */
  readonly withheld?: boolean
  readonly fill?: (item: Item) => string | undefined
}

export function categoryView(id: ChartId, data: ChartData, parts: CategoryParts): ChartView {
  const { locale } = data
  const bars = parts.items.map((item) => barOf(item, locale, parts.fill?.(item)))
  const drawnWithheld = hasWithheld(parts.items)
  return makeView(id, {
    title: parts.title,
    summary: parts.summary,
    table: { caption: parts.caption, columns: parts.columns, rows: parts.items.map((item) => rowOf(item, locale)) },
    footnotes: viewFootnotes(data, { years: parts.year, tables: [parts.table], shown: [parts.dimension], withheld: drawnWithheld || parts.total === null || parts.withheld === true }),
    heading: partialHeading(data.tables, parts.year, locale),
    legend: legendOf(locale, drawnWithheld),
    draw: (canvas) => drawBars(bars, { locale, xLabel: parts.xLabel }, canvas),
  })
}
