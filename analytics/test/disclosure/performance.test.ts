import { describe, expect, it } from 'vitest'
import { findDisclosures, suppress } from '../../src/disclosure/index.js'
import { cube, seededRandom } from './tables.js'

const names = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i}`)

// 12 months × 3 municipalities × 8 domains × 6 kinds × 6 outcomes with every margin: 22,932 cells.
function yearTable(concerns: number) {
  const sizes = [12, 3, 8, 6, 6]
  const random = seededRandom(concerns)
  const counts = new Map<string, number>()
  for (let i = 0; i < concerns; i++) {
    // Squaring skews each dimension towards its first values, as real domain mixes are skewed.
    const key = sizes.map((size, d) => `${d}-${Math.floor(size * random() ** 2)}`).join('|')
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return cube(
    sizes.map((size, d) => names(`${d}-`, size)),
    (key) => counts.get(key.join('|')) ?? 0,
  )
}

describe('suppress on a table of about 20,000 cells', () => {
  it.for([150, 2_000, 100_000])('stays safe with %i concerns (the time is reported, not asserted)', async (concerns, { annotate }) => {
    const cells = yearTable(concerns)
    expect(cells).toHaveLength(22_932)
    const started = performance.now()
    const { suppressed, primary, secondary } = suppress(cells)
    const elapsed = performance.now() - started
    await annotate(`${cells.length} cells, ${concerns} concerns: suppress ${elapsed.toFixed(0)} ms, ${primary} primary, ${secondary} secondary`)
    expect(findDisclosures(cells, suppressed)).toEqual([])
  })
})
