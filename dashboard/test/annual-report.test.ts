// The report's PDF code declares fontkit's types itself; tsconfig.inbox.json checks this folder without that file.
/// <reference path="../src/report/pdf/fontkit.d.ts" />
/**
 * The annual report drawn from hand-made published tables (the contract's format), read back with pdftotext:
 * one neutral mark for withheld values, partial years with their dates, comparisons only over equal spans, and
 * the information loss per table in the methodology.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PublishedTables } from '../src/charts/index.js'
import { keyFigures } from '../src/report/data/key-figures.js'
import { reportModel } from '../src/report/data/report-model.js'
import { reportScope } from '../src/report/data/report-scope.js'
import { drawReport } from '../src/report/render-annual-report.js'
import { K, TABLES, withPartialYears } from './fixtures/published-tables.js'

const run = promisify(execFile)
const PARTIAL = withPartialYears()
const NOW = new Date(Date.UTC(2026, 11, 7))

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'klankbord-report-unit-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function reportText(tables: PublishedTables, year: number, municipality?: string): Promise<string> {
  const file = join(dir, `report-${year}-${municipality ?? 'all'}.pdf`)
  writeFileSync(file, await drawReport(reportModel(tables, reportScope(tables, year, municipality), { k: K, now: NOW })))
  expect((await run('pdfinfo', [file])).stdout).toMatch(/^Tagged:\s+yes$/m)
  return (await run('pdftotext', ['-layout', file, '-'])).stdout.replace(/[ \t]+/g, ' ')
}

/** The text with every line break made a space, for sentences that wrap. */
const flat = (text: string) => text.replace(/\s+/g, ' ')

describe('the key figures', () => {
  it('compare two complete years, and read "–" for a withheld value', () => {
    const { rows, comparison } = keyFigures(TABLES, reportScope(TABLES, 2025, undefined))
    expect(comparison.comparable).toBe(true)
    expect(rows.received).toMatchObject({ current: '120', previous: '100', change: '+20 (+20%)' })
    expect(rows.closed).toMatchObject({ current: '80', previous: '70' })
    expect(rows.withoutProcedure).toMatchObject({ current: '85%', previous: '80%', change: '+5 procentpunt' })
    const gennep = keyFigures(TABLES, reportScope(TABLES, 2025, 'Gennep')).rows
    expect(gennep.signals).toMatchObject({ current: '–', change: '–' })
    expect(gennep.withoutProcedure).toMatchObject({ current: '–' })
  })

  it('are not compared when a year is partial', () => {
    const { rows, comparison } = keyFigures(PARTIAL, reportScope(PARTIAL, 2026, undefined))
    expect(comparison.comparable).toBe(false)
    expect(Object.values(rows).every((row) => row.change === 'niet vergeleken')).toBe(true)
  })
})

describe('the PDF', () => {
  it('never writes a withheld value as small, for a region or one municipality', async () => {
    for (const [tables, year, municipality] of [
      [TABLES, 2025, undefined],
      [TABLES, 2025, 'Gennep'],
      [PARTIAL, 2026, undefined],
    ] as const) {
      const text = await reportText(tables, year, municipality)
      expect(text.match(/<\s?\d|minder dan \d|onder de \d|te klein om te tonen/gi), `${year} ${municipality}`).toBeNull()
      expect(text).toContain('– afgeschermd: een klein aantal, of afgeschermd om een klein aantal te beschermen.')
    }
    const gennep = await reportText(TABLES, 2025, 'Gennep')
    expect(gennep).toMatch(/Signalen aan de gemeente – \S/)
    expect(flat(gennep)).toContain('Welk deel van de in 2025 afgesloten meldingen zonder klacht of bezwaar werd afgesloten, is afgeschermd.')
  })

  it('names the population of each share', async () => {
    const text = await reportText(TABLES, 2025)
    expect(flat(text)).toContain('Van de 80 meldingen die in 2025 zijn afgesloten, werd 85% afgesloten zonder formele klacht of bezwaar.')
    expect(flat(text)).toContain('In 2025 kwamen 120 meldingen binnen bij de vertrouwenspersoon, 20% meer dan in 2024 (100).')
    expect(text).toMatch(/Meldingen binnengekomen 120 100 \+20 \(\+20%\)/)
  })

  it('draws how concerns came in and through which partner, with the table of both', async () => {
    const text = flat(await reportText(TABLES, 2025))
    expect(text).toContain('Meeste meldingen in 2025 kwamen binnen via: Formulier op een website (52 van de 120, 43,3%)')
    // The chart: both parts under their headings.
    expect(text).toContain('Hoe de melding binnenkwam Formulier op een website 52 (43,3%)')
    expect(text).toContain('Via welke partner Gemeente 60 (50%)')
    // Its table: one row per channel and per partner, withheld as "–".
    expect(text).toContain('Kanaal Formulier op een website 52 43,3%')
    expect(text).toContain('Kanaal Poster of folder (QR-code) – –')
    expect(text).toContain('Partner Wijkteam 20 16,7%')
  })

  it('marks a partial year with its dates and compares nothing with it', async () => {
    const text = await reportText(PARTIAL, 2026)
    expect(flat(text)).toMatch(/Kerncijfer 2026 \(1 jan – 7 dec\)/)
    expect(flat(text)).toContain('In 2026 (1 jan – 7 dec) kwamen 120 meldingen binnen bij de vertrouwenspersoon.')
    expect(flat(text)).toContain('We vergelijken niet met 2025: de cijfers over 2026 (1 jan – 7 dec) gaan niet over het hele jaar.')
    // No change column at all: the row ends after last year's figure.
    expect(text).toMatch(/Meldingen binnengekomen 120 100\n/)
    expect(text).not.toContain('Verschil met 2025')
    expect(flat(text)).toContain('Niet compleet: 2026 (1 jan – 7 dec).')
    expect(flat(text)).not.toMatch(/meer dan in 2025|minder dan in 2025/)
  })

  it('explains the protection, lists merged categories and prints the information loss per table', async () => {
    const text = await reportText(TABLES, 2025)
    const methodology = flat(text.slice(text.lastIndexOf('Werkwijze en privacy')))
    expect(methodology).toContain(`k = ${K}`)
    expect(methodology).toContain('De totalen blijven staan')
    expect(methodology).toContain('Alle tabellen samen beschermd')
    expect(methodology).toContain('Eén teken voor afgeschermd')
    expect(methodology).toContain('Soorten onvrede, 2025: ‘Iets anders’ telt ook ‘Het besluit klopt niet met mijn situatie’ mee.')
    expect(methodology).toMatch(/Meldingen per jaar,[^%]*? 120 9 60 5%/)
    expect(methodology).toMatch(/Meldingen per periode[^%]*? 400 40 96 8%/)
    expect(methodology).toContain('Het meeste is afgeschermd in de tabel ‘Meldingen per periode en domein’: 8% van de meldingen staat daar niet in een eigen cel.')
  })

  it('says so when the publication kept no information loss', async () => {
    const { disclosure: _, ...withoutLoss } = TABLES
    expect(flat(await reportText(withoutLoss, 2025))).toContain('Bij deze publicatie is niet bewaard hoeveel er per tabel is afgeschermd.')
  })
})
