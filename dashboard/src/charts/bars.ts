/**
 * Horizontal bars with their numbers written beside them, used by most charts, in one or more panels on a shared
 * scale. A withheld cell draws no bar and no box: only the neutral mark at the axis, explained in the footnote.
 */
import * as Plot from '@observablehq/plot'
import type { Locale } from '@klankbord/contract/vocabulary'
import { formatCompact, formatCount, WITHHELD_MARK } from '../number-format.js'
import { barLayout } from './bar-layout.js'
import { GRID, INK, MUTED, PRIMARY } from './palette.js'
import { baseOptions, HALO, type Canvas } from './plot-style.js'
import { stackSvgs } from './stack.js'
import { fittingTicks } from './ticks.js'

export type Bar = {
  readonly label: string
  /** Null when the pipeline withheld the value. */
  readonly value: number | null
  /** Written at the end of the bar, e.g. "40 (33%)"; ignored for a withheld bar. */
  readonly text: string
  readonly fill?: string
}

/** Bars under one heading, such as one wish with the support given. */
export type BarPanel = { readonly heading?: string; readonly bars: readonly Bar[] }

export type BarOptions = {
  readonly locale: Locale
  readonly xLabel: string
  /** Default: whole numbers in the locale, shortened ("1,2K") on a narrow chart. */
  readonly tickFormat?: (n: number) => string
  /** Whether ticks may fall between whole numbers (days may, counts may not); default false. */
  readonly fractional?: boolean
  /** A dashed line, such as the deadline for first contact; the caller says what it means in a heading. */
  readonly reference?: number
}

/** Below this width counts on the axis are shortened. */
const NARROW = 480

const valueText = (bar: Bar) => (bar.value === null ? WITHHELD_MARK : bar.text)

function drawPanel(panel: BarPanel, options: BarOptions, canvas: Canvas, scale: { max: number; labels: readonly string[]; values: readonly string[] }, axis: boolean): Element {
  const { width } = canvas
  const labels = [...new Set(panel.bars.map((bar) => bar.label))]
  const layout = barLayout({ width, labels: scale.labels, rows: labels.length, values: scale.values, heading: panel.heading, axis })
  const drawn = panel.bars.filter((bar) => bar.value !== null)
  const withheld = panel.bars.filter((bar) => bar.value === null)
  const format = options.tickFormat ?? ((n: number) => (width < NARROW ? formatCompact(n, options.locale) : formatCount(n, options.locale)))
  const ticks = fittingTicks(scale.max, width - layout.marginLeft - layout.marginRight, format, { integer: !options.fractional })
  const rowMiddle = (layout.insetTop - layout.insetBottom) / 2
  const heading = layout.headingText === undefined ? [] : [layout.headingText]
  return Plot.plot({
    ...baseOptions(canvas),
    height: layout.height,
    marginLeft: layout.marginLeft,
    marginRight: layout.marginRight,
    marginTop: layout.marginTop,
    marginBottom: layout.marginBottom,
    x: { domain: [0, scale.max], ...(axis ? { label: options.xLabel, ticks, tickFormat: format } : { axis: null }) },
    y: { domain: labels, axis: null, padding: 0 },
    marks: [
      Plot.gridX(ticks, { stroke: GRID, strokeOpacity: 1 }),
      Plot.barX(drawn, { x: 'value', y: 'label', fill: (bar: Bar) => bar.fill ?? PRIMARY, insetTop: layout.insetTop, insetBottom: layout.insetBottom }),
      Plot.text(drawn, { x: 'value', y: 'label', text: valueText, textAnchor: 'start', dx: 5, dy: rowMiddle, fill: INK, ...HALO }),
      Plot.text(withheld, { x: 0, y: 'label', text: valueText, textAnchor: 'start', dx: 5, dy: rowMiddle, fill: MUTED, fontWeight: 'bold' }),
      layout.labelsAbove
        ? Plot.text(labels, { y: (d: string) => d, text: (d: string) => layout.labelText.get(d) ?? d, frameAnchor: 'left', textAnchor: 'start', lineAnchor: 'top', dy: 2 - layout.rowHeight / 2, fill: INK, ...HALO })
        : Plot.text(labels, { y: (d: string) => d, text: (d: string) => d, frameAnchor: 'left', textAnchor: 'end', dx: -6, fill: INK }),
      Plot.ruleX(options.reference === undefined ? [] : [options.reference], { stroke: INK, strokeDasharray: '4,3' }),
      Plot.ruleX([0], { stroke: INK }),
      Plot.text(heading, { frameAnchor: 'top-left', dx: 8 - layout.marginLeft, dy: 6 - layout.marginTop, lineAnchor: 'top', fontWeight: 'bold', fill: INK }),
    ],
  })
}

/**
 * Panels on top of each other on one scale, the axis under the last. All panels get the layout of the longest
 * labels and numbers, so the bars line up.
 */
export function drawBarPanels(panels: readonly BarPanel[], options: BarOptions, canvas: Canvas): Element {
  const bars = panels.flatMap((panel) => panel.bars)
  const scale = {
    max: Math.max(options.reference ?? 0, ...bars.map((bar) => bar.value ?? 0)) || 1,
    labels: [...new Set(bars.map((bar) => bar.label))],
    values: bars.map(valueText),
  }
  return stackSvgs(
    canvas.document,
    canvas.width,
    panels.map((panel, i) => drawPanel(panel, options, canvas, scale, i === panels.length - 1)),
  )
}

export const drawBars = (bars: readonly Bar[], options: BarOptions, canvas: Canvas): Element => drawBarPanels([{ bars }], options, canvas)
