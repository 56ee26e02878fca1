/**
 * Charts at phone width (360 px screen, chart about 320 px) and desktop width: bars keep at least half the width,
 * axis tick labels never run into each other, and no text sticks out of the chart.
 */
import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { chartViews, type ChartFilters, type ChartView, type PublishedTables } from '../src/charts/index.js'
import { K, TABLES, withPartialYears } from './fixtures/published-tables.js'
import { overlappingTicks, textBoxes } from './support/svg-geometry.js'

const { document } = parseHTML('<!doctype html><html><body></body></html>')
const plot = (view: ChartView, width: number) => view.plot({ document: document as unknown as Document, width })

/** Large numbers, long labels and partial years: what made "2004080000" and labels across the whole width. */
const LARGE: PublishedTables = {
  ...withPartialYears(),
  channels: [
    { year: '2026', municipality: '*', partner_kind: '*', concerns: 126_480, suppressed: false },
    { year: '2026', municipality: '*', partner_kind: 'confidant', concerns: 80_400, suppressed: false },
    { year: '2026', municipality: '*', partner_kind: 'neighbourhood-team', concerns: 20_040, suppressed: false },
    { year: '2026', municipality: '*', partner_kind: 'care-provider', concerns: 26_040, suppressed: false },
    { year: '2026', municipality: '*', partner_kind: 'other', concerns: null, suppressed: true },
  ],
  intake_channels: [
    { year: '2026', municipality: '*', channel: '*', concerns: 126_480, suppressed: false },
    { year: '2026', municipality: '*', channel: 'widget-launcher', concerns: 30_400, suppressed: false },
    { year: '2026', municipality: '*', channel: 'no-script', concerns: 16_040, suppressed: false },
    { year: '2026', municipality: '*', channel: 'phone', concerns: 60_040, suppressed: false },
    { year: '2026', municipality: '*', channel: 'own', concerns: null, suppressed: true },
  ],
}

const cases: readonly (readonly [string, PublishedTables, ChartFilters, 'nl' | 'en'])[] = [
  ['two full years', TABLES, {}, 'nl'],
  ['partial years', withPartialYears(), {}, 'nl'],
  ['partial years, English', withPartialYears(), {}, 'en'],
  ['one municipality', TABLES, { municipality: 'Gennep' }, 'nl'],
  ['large numbers', LARGE, {}, 'en'],
]

describe.each(cases)('%s', (_, tables, filters, locale) => {
  const views = chartViews({ tables, filters, locale, k: K })

  it.each([320, 640])('at %i px every text stays inside the chart and no tick labels overlap', (width) => {
    for (const view of views) {
      const svg = plot(view, width)
      expect(Number(svg.getAttribute('width')), view.id).toBe(width)
      for (const box of textBoxes(svg)) {
        expect(box.left, `${view.id}: "${box.text}" starts at ${box.left.toFixed(1)}`).toBeGreaterThanOrEqual(0)
        expect(box.right, `${view.id}: "${box.text}" ends at ${box.right.toFixed(1)} of ${width}`).toBeLessThanOrEqual(width)
      }
      if (!view.empty) expect(svg.querySelectorAll('g[aria-label="x-axis tick label"] text').length, view.id).toBeGreaterThan(1)
      expect(overlappingTicks(svg), view.id).toEqual([])
    }
  })

  it.each([320, 640])('at %i px horizontal bars get at least half the width', (width) => {
    for (const view of views.filter((v) => !v.empty && v.id !== 'over-time')) {
      const bars = Array.from(plot(view, width).querySelectorAll('g[aria-label="bar"] rect'))
      // Every value withheld: nothing to measure.
      if (bars.length === 0) continue
      const widest = Math.max(0, ...bars.map((bar) => Number(bar.getAttribute('width'))))
      expect(widest, `${view.id} at ${width}`).toBeGreaterThanOrEqual(width / 2)
    }
  })
})

describe('at phone width', () => {
  it('puts category labels above the bars, and beside them when there is room', () => {
    const kinds = chartViews({ tables: TABLES, filters: {}, locale: 'nl', k: K }).find((v) => v.id === 'kinds')!
    const labelOf = (width: number) => textBoxes(plot(kinds, width)).find((box) => box.text.startsWith('Afspraken'))!
    const bar = (width: number) => Number(plot(kinds, width).querySelector('g[aria-label="bar"] rect')!.getAttribute('x'))
    // Narrow: the label starts where the bars start, above them.
    expect(labelOf(320).left).toBeLessThanOrEqual(bar(320) + 1)
    // Wide: the label ends before the bars start.
    expect(labelOf(880).right).toBeLessThanOrEqual(bar(880))
  })

  it('uses fewer ticks, in short numbers, for large counts', () => {
    const channels = chartViews({ tables: LARGE, filters: {}, locale: 'en', k: K }).find((v) => v.id === 'channels')!
    const ticks = (width: number) => Array.from(plot(channels, width).querySelectorAll('g[aria-label="x-axis tick label"] text')).map((t) => t.textContent)
    expect(ticks(320).length).toBeLessThan(ticks(640).length)
    expect(ticks(320).every((t) => /^\d+(\.\d)?k?$/.test(t ?? ''))).toBe(true)
  })

  it('draws no chart narrower than asked, down to 280 px', () => {
    for (const view of chartViews({ tables: TABLES, filters: {}, locale: 'nl', k: K })) expect(plot(view, 300).getAttribute('width'), view.id).toBe('300')
  })
})
