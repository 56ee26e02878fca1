/**
 * The dashboard's charts, each with its finding as heading (and as the figure's alternative text), the short
 * explanation, the chart as vector graphics and the same numbers as a table.
 */
import { parseHTML } from 'linkedom'
import type { ChartView } from '../../charts/index.js'
import { svgForPdf } from '../pdf/chart-svg.js'
import { drawFigure, figureSize } from '../pdf/figure.js'
import { FONT } from '../pdf/fonts.js'
import { CONTENT_BOTTOM, GAP, MARGIN, SIZE } from '../pdf/layout.js'
import { drawTable } from '../pdf/table.js'
import type { ReportWriter } from '../pdf/writer.js'
import type { ReportModel } from '../data/report-model.js'

/** Plot's width in CSS pixels; scaled to the column, its 12 px labels print at about 10 pt. */
const PLOT_WIDTH = 580

/** How far a chart may shrink to stay on the page where its section starts. */
const SHRINK_AT_MOST = 0.8

const svgOf = (chart: ChartView, document: Document): string => svgForPdf(chart.plot({ document, width: PLOT_WIDTH }))

export function drawCharts(w: ReportWriter, model: ReportModel): void {
  const section = w.section({ newPage: true })
  w.heading(section, 1, 'De cijfers in grafieken')
  w.paragraph(
    section,
    'Elke grafiek staat hieronder met in de kop wat opvalt, een korte uitleg en een tabel met dezelfde getallen. ' +
      'Een afgeschermd getal staat er als “–”, nooit als nul. Onder de tabel staat wat er verder bij de cijfers hoort.',
  )
  const { document } = parseHTML('<!doctype html><html><body></body></html>')
  for (const chart of model.charts) {
    const figure = chart.empty ? undefined : { svg: svgOf(chart, document as unknown as Document), alt: chart.title }
    // Heading, explanation and chart together on one page; a chart taller than what is left of an empty page shrinks.
    const words = w.heightOf(chart.title, { font: FONT.bold, size: SIZE.h2 }) + GAP.heading * 2 + w.heightOf(chart.summary) + GAP.paragraph
    let room = CONTENT_BOTTOM - MARGIN.top - words - GAP.block
    // Rather a somewhat smaller chart than a page with little on it.
    const left = CONTENT_BOTTOM - w.y - words - GAP.block
    if (figure && figureSize(figure, room).height > left && figureSize(figure, left).height >= SHRINK_AT_MOST * figureSize(figure, room).height) room = left
    w.ensureSpace(words + (figure ? figureSize(figure, room).height : 0) + GAP.block)
    const part = w.section({ parent: section })
    w.heading(part, 2, chart.title)
    w.paragraph(part, chart.summary)
    if (figure) drawFigure(w, part, figure, room)
    if (chart.table.rows.length) drawTable(w, part, chart.table)
    for (const note of chart.footnotes) w.paragraph(part, note, { size: SIZE.small + 0.5 })
    part.end()
  }
  section.end()
}
