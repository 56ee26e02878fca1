/** Puts a chart's words, table and drawing together as the ChartView both the dashboard and the report use. */
import { drawEmpty } from './empty-plot.js'
import { DEFAULT_WIDTH, finishSvg, type Canvas } from './plot-style.js'
import type { ChartData, ChartId, ChartTable, ChartView } from './types.js'
import { emptySummary, emptyTitle } from './words.js'

export type ViewParts = {
  readonly title: string
  readonly summary: string
  readonly table: ChartTable
  readonly draw: (canvas: Canvas) => Element
}

export function makeView(id: ChartId, parts: ViewParts, empty = false): ChartView {
  return {
    id,
    title: parts.title,
    summary: parts.summary,
    table: parts.table,
    empty,
    plot(options = {}) {
      const document = options.document ?? globalThis.document
      if (!document) throw new Error('plot() needs a document outside the browser, for example from linkedom')
      return finishSvg(parts.draw({ document, width: options.width ?? DEFAULT_WIDTH }), parts.title, parts.summary)
    },
  }
}

/** The view when nothing is published for the filters: a title that says so and the summary only. */
export function emptyView(id: ChartId, data: ChartData, year: string | undefined, caption: string, columns: readonly string[], summary = emptySummary(data.locale)): ChartView {
  const title = emptyTitle(data.locale, year)
  return makeView(id, { title, summary, table: { caption, columns, rows: [] }, draw: (canvas) => drawEmpty(canvas, title) }, true)
}
