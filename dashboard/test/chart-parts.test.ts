/** The small parts the charts are built from: text sizes, ticks, the leading category, the share without a procedure. */
import { describe, expect, it } from 'vitest'
import { leaderOf, type Item } from '../src/charts/categories.js'
import { closedWithoutProcedure } from '../src/charts/closed-without-procedure.js'
import { textWidth, wrapText } from '../src/charts/text-width.js'
import { fittingTicks } from '../src/charts/ticks.js'
import { formatCompact, formatCount } from '../src/number-format.js'
import { cell } from './fixtures/published-tables.js'

describe('text', () => {
  it('is measured by its longest line and wrapped at spaces, never at a no-break space', () => {
    expect(textWidth('abc\nabcdef')).toBeCloseTo(6 * 12 * 0.62)
    expect(wrapText('Rechtstreeks bij de vertrouwenspersoon', 150)).toEqual(['Rechtstreeks bij de', 'vertrouwenspersoon'])
    expect(wrapText('(afgesloten:\u00a0–)', 10)).toEqual(['(afgesloten:\u00a0–)'])
  })
})

describe('ticks', () => {
  it('are whole numbers for counts, spaced so their labels never touch', () => {
    for (const [max, length] of [
      [126_480, 200],
      [80, 212],
      [3, 300],
      [40, 500],
      [1, 100],
    ] as const) {
      const format = (n: number) => formatCompact(n, 'nl')
      const ticks = fittingTicks(max, length, format, { integer: true })
      expect(ticks[0]).toBe(0)
      expect(ticks.every(Number.isInteger), `${max}`).toBe(true)
      expect(ticks.at(-1)!).toBeLessThanOrEqual(max)
      const spacing = ((ticks[1] ?? max) / max) * length
      if (ticks.length > 1) expect(spacing, `${max} in ${length}px`).toBeGreaterThan(Math.max(...ticks.map((t) => textWidth(format(t)))))
    }
    expect(fittingTicks(3, 300, (n) => formatCount(n), { integer: false })).toContain(0.5)
    expect(fittingTicks(0, 300, String)).toEqual([0])
  })
})

describe('the leading category', () => {
  const item = (code: string, value: number | null, margin = false): Item => ({ code, label: code, value, share: null, margin })
  it('is surely the largest when every withheld cell is a margin, or the withheld rest of a published total is smaller', () => {
    expect(leaderOf([item('a', 40), item('b', null, true)])).toMatchObject({ item: { code: 'a' }, certain: true })
    expect(leaderOf([item('a', 40), item('b', 20), item('c', null), item('d', null)], 100)).toMatchObject({ certain: true })
    // 100 − 60 = 40 withheld in c and d together: either could exceed 30.
    expect(leaderOf([item('a', 30), item('b', 30), item('c', null), item('d', null)], 100)).toMatchObject({ certain: false })
    expect(leaderOf([item('a', 30), item('c', null)])).toMatchObject({ certain: false })
    expect(leaderOf([item('a', null)])).toBeUndefined()
  })
})

describe('closed without a formal procedure', () => {
  const outcomes = (...rows: ReturnType<typeof cell>[]) => ({ outcomes: rows })
  const row = (outcome: string, n: number | null) => cell({ year: '2026', municipality: '*', outcome }, n)
  it('is (closed − complaints − objections) / closed, from published cells only', () => {
    expect(closedWithoutProcedure(outcomes(row('*', 1457), row('formal-complaint', 120), row('objection', 80), row('resolved', null)), '2026', '*')).toEqual({ closed: 1457, share: 1257 / 1457 })
    // An outcome without a row did not occur.
    expect(closedWithoutProcedure(outcomes(row('*', 50), row('resolved', 50)), '2026', '*').share).toBe(1)
  })
  it('is withheld when the total or a formal outcome is withheld', () => {
    expect(closedWithoutProcedure(outcomes(row('*', null), row('objection', 6)), '2026', '*')).toEqual({ closed: null, share: null })
    expect(closedWithoutProcedure(outcomes(row('*', 60), row('objection', null)), '2026', '*')).toEqual({ closed: 60, share: null })
    expect(closedWithoutProcedure({}, '2026', '*')).toEqual({ closed: null, share: null })
  })
})
