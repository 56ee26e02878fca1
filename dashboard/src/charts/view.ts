/** Puts a chart's words, table and drawing together as the ChartView both the dashboard and the report use. */
import { drawEmpty } from './empty-plot.js'
import { mergedAway } from './merged.js'
import { drawNote } from './note.js'
import { DEFAULT_WIDTH, finishSvg, type Canvas } from './plot-style.js'
import { stackSvgs } from './stack.js'
import type { ChartData, ChartId, ChartTable, ChartView } from './types.js'
import { emptySummary, emptyTitle } from './words.js'

export type ViewParts = {
  readonly title: string
  readonly summary: string
  readonly table: ChartTable
  readonly footnotes: readonly string[]
  /** A line drawn above the chart, such as the dates of a partial year. */
  readonly heading?: string | undefined
  /** A key drawn under the chart, such as what the withheld mark means. */
  readonly legend?: string | undefined
  readonly draw: (canvas: Canvas) => Element
}

/** Charts narrower than this are drawn at this width (and scaled down by the page), so that nothing overlaps. */
const MIN_WIDTH = 280

export function makeView(id: ChartId, parts: ViewParts, empty = false): ChartView {
  return {
    id,
    title: parts.title,
    summary: parts.summary,
    table: parts.table,
    footnotes: parts.footnotes,
    empty,
    plot(options = {}) {
      const document = options.document ?? globalThis.document
      if (!document) throw new Error('plot() needs a document outside the browser, for example from linkedom')
      const canvas = { document, width: Math.max(MIN_WIDTH, Math.round(options.width ?? DEFAULT_WIDTH)) }
      const panels = [parts.heading === undefined ? [] : [drawNote(canvas, parts.heading)], [parts.draw(canvas)], parts.legend === undefined ? [] : [drawNote(canvas, parts.legend)]].flat()
      const svg = panels.length === 1 ? panels[0]! : stackSvgs(document, canvas.width, panels)
      return finishSvg(svg, parts.title, parts.summary)
    },
  }
}

export type EmptyOptions = {
  /** Why there is nothing; default: nothing published for this choice. */
  readonly summary?: string
  /** The tables the view reads: when the chosen municipality or domain was merged with others there, the summary says so. */
  readonly tables?: readonly string[]
}

/** The view when nothing is published for the filters: a title that says so and the summary only. */
export function emptyView(id: ChartId, data: ChartData, year: string | undefined, caption: string, columns: readonly string[], options: EmptyOptions = {}): ChartView {
  const title = emptyTitle(data.locale, year)
  const chosen = { municipality: data.filters.municipality, domain: data.filters.domain }
  const merged = year && options.tables ? mergedAway(data.tables, { tables: options.tables, years: [year], shown: [], chosen }, data.locale) : undefined
  const summary = options.summary ?? merged ?? emptySummary(data.locale)
  return makeView(id, { title, summary, table: { caption, columns, rows: [] }, footnotes: [], draw: (canvas) => drawEmpty(canvas, title) }, true)
}
