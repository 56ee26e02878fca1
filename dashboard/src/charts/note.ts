/** A line of text above or under a chart (a key such as "– = afgeschermd", or the unit), as its own panel, wrapped to the width. */
import * as Plot from '@observablehq/plot'
import { MUTED } from './palette.js'
import { baseOptions, type Canvas } from './plot-style.js'
import { wrapText } from './text-width.js'

const LINE = 15
const INSET = 4

export function drawNote(canvas: Canvas, text: string): Element {
  const lines = wrapText(text, canvas.width - 2 * INSET)
  return Plot.plot({
    ...baseOptions(canvas),
    height: lines.length * LINE + 8,
    margin: 0,
    x: { axis: null },
    y: { axis: null },
    marks: [Plot.text([lines.join('\n')], { frameAnchor: 'top-left', dx: INSET, dy: 4, lineAnchor: 'top', fill: MUTED })],
  })
}
