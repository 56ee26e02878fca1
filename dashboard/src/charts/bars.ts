/**
 * Horizontal bars with their numbers written beside them, used by most charts. A withheld cell draws no bar:
 * it gets the text "< k" at the axis, so it is never read as zero.
 */
import * as Plot from '@observablehq/plot'
import type { Locale } from '@klankbord/contract/vocabulary'
import { formatCount } from '../number-format.js'
import { GRID, INK, MUTED, PRIMARY } from './palette.js'
import { baseOptions, HALO, type Canvas } from './plot-style.js'

export type Bar = {
  readonly label: string
  /** Null when the pipeline withheld the cell. */
  readonly value: number | null
  /** Written at the end of the bar, e.g. "40 (33%)". */
  readonly text: string
  readonly fill?: string
  /** A group heading, for bars in several panels (one per wish). */
  readonly facet?: string
}

export type BarOptions = {
  readonly k: number
  readonly locale: Locale
  readonly xLabel: string
  /** Default: whole numbers in the locale. */
  readonly tickFormat?: (n: number) => string
  /** Written where a withheld bar would be; default "< k". */
  readonly withheldText?: string
  /** Whether a withheld bar is a count below k, drawn as a dashed box from 0 to k; not so for a withheld median. */
  readonly withheldBelowK?: boolean
  /** A dashed line, such as the deadline for first contact; the caller says what it means in a heading. */
  readonly reference?: number
}

const BAND = 28
const FACET_HEADER = 22
const CHAR_WIDTH = 6.4

export function drawBars(bars: readonly Bar[], options: BarOptions, canvas: Canvas): Element {
  const drawn = bars.filter((bar) => bar.value !== null)
  const withheld = bars.filter((bar) => bar.value === null)
  const labels = [...new Set(bars.map((bar) => bar.label))]
  const facets = [...new Set(bars.flatMap((bar) => (bar.facet === undefined ? [] : [bar.facet])))]
  const longest = Math.max(0, ...labels.map((label) => label.length))
  const largest = Math.max(options.reference ?? options.k, ...drawn.map((bar) => bar.value ?? 0))
  const withheldText = options.withheldText ?? `< ${options.k}`
  const belowK = options.withheldBelowK ?? true
  const reference = options.reference === undefined ? [] : [options.reference]
  const marginLeft = Math.min(300, Math.max(60, Math.round(longest * CHAR_WIDTH) + 14))
  const facet = facets.length ? { fy: 'facet' as const } : {}
  const rows = labels.length * Math.max(1, facets.length)
  return Plot.plot({
    ...baseOptions(canvas),
    height: 50 + rows * BAND + facets.length * FACET_HEADER,
    marginLeft,
    marginRight: 24,
    x: { domain: [0, largest * 1.25], label: options.xLabel, labelAnchor: 'left', grid: true, tickFormat: options.tickFormat ?? ((n: number) => formatCount(n, options.locale)), ticks: 5 },
    y: { domain: labels, label: null, tickSize: 0, ...(facets.length ? { insetTop: FACET_HEADER } : {}) },
    ...(facets.length ? { fy: { domain: facets, axis: null, label: null, padding: 0.1 } } : {}),
    marks: [
      Plot.gridX({ stroke: GRID, strokeOpacity: 1, ticks: 5 }),
      Plot.barX(drawn, { x: 'value', y: 'label', ...facet, fill: (bar: Bar) => bar.fill ?? PRIMARY, insetTop: 3, insetBottom: 3 }),
      Plot.text(drawn, { x: 'value', y: 'label', ...facet, text: 'text', textAnchor: 'start', dx: 5, fill: INK }),
      ...(belowK ? [Plot.rectX(withheld, { x1: 0, x2: options.k, y: 'label', ...facet, fill: 'none', stroke: MUTED, strokeDasharray: '2,2', insetTop: 5, insetBottom: 5 })] : []),
      Plot.text(withheld, { x: belowK ? options.k : 0, y: 'label', ...facet, text: () => withheldText, textAnchor: 'start', dx: 5, fill: MUTED, fontStyle: 'italic' }),
      Plot.ruleX(reference, { stroke: INK, strokeDasharray: '4,3' }),
      Plot.ruleX([0], { stroke: INK }),
      // Headings start at the left edge of the chart, not of the bars, so long wishes fit.
      ...(facets.length ? [Plot.text(facets, { fy: (d: string) => d, text: (d: string) => d, frameAnchor: 'top-left', dx: 4 - marginLeft, dy: 4, fontWeight: 'bold', fill: INK, ...HALO })] : []),
    ],
  })
}
