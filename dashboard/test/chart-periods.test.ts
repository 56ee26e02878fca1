/** Partial periods carry their dates everywhere, and a year is compared with the one before only over equal spans. */
import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { chartView, chartViews, type ChartId, type PublishedTables } from '../src/charts/index.js'
import { compareYears } from '../src/charts/comparison.js'
import { periodText } from '../src/charts/coverage.js'
import { K, period, TABLES, withPartialYears } from './fixtures/published-tables.js'

const PARTIAL = withPartialYears()
const view = (id: ChartId, tables: PublishedTables = PARTIAL, locale: 'nl' | 'en' = 'nl') => chartView(id, { tables, filters: {}, locale, k: K })
const { document } = parseHTML('<!doctype html><html><body></body></html>')
/** A <text>'s wrapped lines joined by spaces again. */
const lineText = (t: Element) => (t.querySelector('tspan') ? Array.from(t.querySelectorAll('tspan')).map((s) => s.textContent).join(' ') : t.textContent)
const tickLabels = (id: ChartId, width: number) => Array.from(view(id).plot({ document: document as unknown as Document, width }).querySelectorAll('g[aria-label="x-axis tick label"] text')).map(lineText)

const texts = (svg: Element) => Array.from(svg.querySelectorAll('text')).map(lineText).join('\n')

/** 2024 from 7 December (the first concern), 2025 complete. */
const FIRST_YEAR_PARTIAL: PublishedTables = { ...TABLES, periods: [period('2024', 'year', '2024-12-07', '2024-12-31', true), period('2025', 'year', '2025-01-01', '2025-12-31', false)] }

describe('a period the data does not fully cover', () => {
  it('is written with its dates', () => {
    expect(periodText(PARTIAL, '2026', 'nl')).toBe('2026 (1 jan – 7 dec)')
    expect(periodText(PARTIAL, '2026', 'en')).toBe('2026 (1 Jan – 7 Dec)')
    expect(periodText(PARTIAL, '2026-K4', 'nl')).toBe('K4 2026 (1 okt – 7 dec)')
    expect(periodText(PARTIAL, '2025', 'nl')).toBe('2025')
    expect(periodText(TABLES, '2025-K1', 'en')).toBe('Q1 2025')
  })

  it('keeps its tick label, with its dates, at any width', () => {
    for (const width of [320, 640]) {
      const labels = tickLabels('over-time', width)
      expect(labels.at(-1), String(width)).toMatch(/^K4 2026 1 okt –\s?7 dec$/)
    }
  })

  it('is marked in tables, headlines and footnotes', () => {
    const overTime = view('over-time')
    expect(overTime.table.rows.find((row) => row[1]!.startsWith('K4 2026'))![1]).toBe('K4 2026 (1 okt – 7 dec)')
    expect(overTime.title).toBe('Meeste meldingen in 2026 (1 jan – 7 dec) over Hulp en zorg thuis (Wmo): 48 van de 120 (40%)')
    expect(overTime.footnotes).toContain('Niet compleet: K4 2026 (1 okt – 7 dec). De cijfers gaan alleen over die dagen.')
    for (const v of chartViews({ tables: PARTIAL, filters: {}, locale: 'nl', k: K }).filter((v) => v.id !== 'over-time')) {
      expect(v.table.caption, v.id).toContain('2026 (1 jan – 7 dec)')
      expect(v.footnotes, v.id).toContain('Niet compleet: 2026 (1 jan – 7 dec). De cijfers gaan alleen over die dagen.')
    }
    expect(view('channels', PARTIAL, 'en').footnotes).toContain('Not complete: 2026 (1 Jan – 7 Dec). The figures cover only those days.')
  })

  it('is written above each chart of that year, in the drawing itself', () => {
    const drawn = (tables: PublishedTables, locale: 'nl' | 'en' = 'nl') =>
      chartViews({ tables, filters: {}, locale, k: K })
        .filter((v) => v.id !== 'over-time')
        .map((v) => texts(v.plot({ document: document as unknown as Document, width: 320 })))
    for (const text of drawn(PARTIAL)) expect(text).toContain('2026: alleen 1 jan – 7 dec (niet compleet)')
    for (const text of drawn(PARTIAL, 'en')) expect(text).toContain('2026: 1 Jan – 7 Dec only (not complete)')
    for (const text of drawn(TABLES)) expect(text).not.toContain('niet compleet')
  })
})

describe('a change against last year', () => {
  it('is given only when both years are complete', () => {
    expect(compareYears(TABLES, '2025', '2024', 'nl')).toEqual({ comparable: true })
    expect(compareYears(PARTIAL, '2026', '2025', 'nl')).toEqual({ comparable: false, reason: 'We vergelijken niet met 2025: de cijfers over 2026 (1 jan – 7 dec) gaan niet over het hele jaar.' })
    expect(compareYears(FIRST_YEAR_PARTIAL, '2025', '2024', 'en')).toEqual({ comparable: false, reason: 'We do not compare with 2024: the figures for 2024 (7 Dec – 31 Dec) do not cover the whole year.' })
    expect(compareYears({}, '2025', '2024', 'nl')).toEqual({ comparable: false, reason: 'We vergelijken niet met 2024: niet bekend is of beide jaren compleet zijn.' })
  })

  it('is left out of the trend and the outcome share, and the text says why in one sentence', () => {
    const overTime = view('over-time')
    expect(overTime.summary).not.toMatch(/meer meldingen|minder meldingen/)
    expect(overTime.summary).toContain('We vergelijken niet met 2025: de cijfers over 2026 (1 jan – 7 dec) gaan niet over het hele jaar.')
    const outcomes = view('outcomes')
    expect(outcomes.title).toBe('Zonder klacht of bezwaar afgesloten: 85% van de 80 in 2026 (1 jan – 7 dec) afgesloten meldingen')
    expect(outcomes.summary).toContain('We vergelijken niet met 2025')
    expect(outcomes.summary).not.toContain('procentpunt')
    expect(view('outcomes', FIRST_YEAR_PARTIAL).title).not.toContain('2024:')
    expect(view('over-time', FIRST_YEAR_PARTIAL).summary).toContain('We vergelijken niet met 2024: de cijfers over 2024 (7 dec – 31 dec) gaan niet over het hele jaar.')
  })
})
