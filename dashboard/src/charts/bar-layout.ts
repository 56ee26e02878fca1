/**
 * Where the parts of a horizontal bar chart go for a given width. Labels stand left of the bars when the bars
 * still get at least half the width; otherwise (a phone) each label goes above its bar, wrapped if need be.
 * The numbers beside the bars get a right margin as wide as the widest of them, so none is cut off.
 */
import { WITHHELD_MARK } from '../number-format.js'
import { textWidth, wrapText } from './text-width.js'

export type LayoutInput = {
  readonly width: number
  /** Every label of the chart: all panels share one layout, so their bars line up. */
  readonly labels: readonly string[]
  /** The number of bars in this panel. */
  readonly rows: number
  /** The texts written beside the bars (the withheld mark included). */
  readonly values: readonly string[]
  readonly heading?: string | undefined
  readonly axis: boolean
}

export type BarLayout = {
  readonly labelsAbove: boolean
  readonly marginLeft: number
  readonly marginRight: number
  readonly marginTop: number
  readonly marginBottom: number
  readonly height: number
  readonly rowHeight: number
  /** Space above and below the bar inside its row. */
  readonly insetTop: number
  readonly insetBottom: number
  /** Labels and heading with line breaks where they wrap. */
  readonly labelText: ReadonlyMap<string, string>
  readonly headingText: string | undefined
}

const LINE = 15
const BAR = 20
const ROW_LEFT = 28
const GAP_BELOW = 8
const VALUE_GAP = 5
const EDGE = 8
const AXIS = 40

export function barLayout({ width, labels, rows, values, heading, axis }: LayoutInput): BarLayout {
  const widestValue = Math.max(textWidth(WITHHELD_MARK), ...values.map((v) => textWidth(v)))
  const marginRight = Math.max(24, Math.ceil(widestValue + VALUE_GAP + EDGE))
  const leftMargin = Math.ceil(Math.max(0, ...labels.map((l) => textWidth(l))) + 14)
  const labelsAbove = width - leftMargin - marginRight < width / 2
  const marginLeft = labelsAbove ? EDGE : leftMargin
  const wrapped = new Map(labels.map((label) => [label, labelsAbove ? wrapText(label, width - marginLeft - EDGE) : [label]]))
  const lines = Math.max(1, ...[...wrapped.values()].map((l) => l.length))
  const headingLines = heading ? wrapText(heading, width - 2 * EDGE, { bold: true }) : []
  const marginTop = headingLines.length ? headingLines.length * LINE + 10 : 6
  const rowHeight = labelsAbove ? lines * LINE + 4 + BAR + GAP_BELOW : ROW_LEFT
  const insetTop = labelsAbove ? lines * LINE + 4 : 4
  const insetBottom = labelsAbove ? GAP_BELOW : 4
  const marginBottom = axis ? AXIS : 4
  return {
    labelsAbove,
    marginLeft,
    marginRight,
    marginTop,
    marginBottom,
    height: marginTop + rows * rowHeight + marginBottom,
    rowHeight,
    insetTop,
    insetBottom,
    labelText: new Map([...wrapped].map(([label, l]) => [label, l.join('\n')])),
    headingText: headingLines.length ? headingLines.join('\n') : undefined,
  }
}
