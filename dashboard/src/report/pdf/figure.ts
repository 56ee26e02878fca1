/**
 * A chart as vector graphics: the SVG that Observable Plot drew (on a linkedom document) is converted by
 * svg-to-pdfkit into PDF drawing operations, inside a Figure whose alternative text states the chart's finding.
 */
import SVGtoPDF from 'svg-to-pdfkit'
import { chartFont } from './fonts.js'
import { CONTENT_BOTTOM, CONTENT_WIDTH, GAP, MARGIN } from './layout.js'
import { tagged, type StructureElement } from './tagging.js'
import type { ReportWriter } from './writer.js'

export type FigureSource = {
  /** The <svg> as markup, with width and height attributes. */
  readonly svg: string
  readonly alt: string
}

const size = (svg: string, attribute: 'width' | 'height'): number => {
  const match = new RegExp(`<svg[^>]*\\s${attribute}="([\\d.]+)"`).exec(svg)
  if (!match) throw new Error(`The chart's <svg> has no ${attribute}`)
  return Number(match[1])
}

/** The figure's size at full content width, or smaller so that it fits in `room` points of height. */
export function figureSize(figure: FigureSource, room = CONTENT_BOTTOM - MARGIN.top): { width: number; height: number } {
  const ratio = size(figure.svg, 'height') / size(figure.svg, 'width')
  const width = Math.min(CONTENT_WIDTH, room / ratio)
  return { width, height: width * ratio }
}

/** Draws the figure centred in the column; `room` limits its height (default: an empty page). */
export function drawFigure(w: ReportWriter, parent: StructureElement, figure: FigureSource, room?: number): void {
  const doc = w.doc
  const { width, height } = figureSize(figure, room)
  w.ensureSpace(height)
  const x = MARGIN.left + (CONTENT_WIDTH - width) / 2
  const y = doc.y
  tagged(
    doc,
    parent,
    'Figure',
    () =>
      SVGtoPDF(doc as never, figure.svg, x, y, {
        width,
        height,
        // Without it the outer <svg> keeps its own size in CSS pixels and ignores the box given here.
        preserveAspectRatio: 'xMidYMid meet',
        fontCallback: chartFont,
        warningCallback: () => {},
      }),
    { alt: figure.alt, bbox: [x, y, x + width, y + height], placement: 'Block' },
  )
  doc.x = MARGIN.left
  doc.y = y + height
  w.space(GAP.block)
}
