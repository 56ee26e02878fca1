/**
 * Tick values for a linear axis from 0 that never run into each other: Plot's `ticks: n` is only a hint, and at
 * phone width five labels such as "200", "400", "800" joined into "2004080000".
 */
import { textWidth } from './text-width.js'

/** Room between two tick labels, in pixels, and the least distance between ticks so a wide chart is not crowded. */
const GAP = 10
const MIN_SPACING = 48
const STEPS = [1, 2, 2.5, 5]

/** Steps 1, 2, 2.5, 5, 10, 20, … from the smallest that makes sense; whole numbers only for counts. */
function* steps(max: number, integer: boolean): Generator<number> {
  let scale = 10 ** Math.floor(Math.log10(Math.max(max, 1e-9) / 10))
  for (;;) {
    for (const step of STEPS) {
      const value = step * scale
      if (!integer || Number.isInteger(value)) yield value
    }
    scale *= 10
  }
}

/**
 * The values 0, step, 2·step, … up to `max`, with the smallest step whose labels fit side by side in `length`
 * pixels (the axis is `length` pixels long and maps 0 → 0 and max → length).
 */
export function fittingTicks(max: number, length: number, format: (n: number) => string, options: { integer?: boolean; labelExtent?: number } = {}): number[] {
  if (!(max > 0) || !(length > 0)) return [0]
  for (const step of steps(max, options.integer ?? false)) {
    const values = Array.from({ length: Math.floor(max / step + 1e-9) + 1 }, (_, i) => Math.round(i * step * 1e6) / 1e6)
    if (values.length === 1) return values
    // A vertical axis passes the labels' height; a horizontal one measures their width and keeps some air.
    const needed = options.labelExtent !== undefined ? options.labelExtent + GAP : Math.max(Math.max(...values.map((value) => textWidth(format(value)))) + GAP, MIN_SPACING)
    if ((step / max) * length >= needed) return values
  }
  return [0]
}
