/** The drawing for a view without data: one line of text, so a page or PDF never shows a blank box. */
import * as Plot from '@observablehq/plot'
import { MUTED } from './palette.js'
import { baseOptions, type Canvas } from './plot-style.js'

export const drawEmpty = (canvas: Canvas, message: string): Element =>
  Plot.plot({
    ...baseOptions(canvas),
    height: 80,
    x: { axis: null },
    y: { axis: null },
    marks: [Plot.text([message], { frameAnchor: 'middle', fill: MUTED, lineWidth: 40 })],
  })
