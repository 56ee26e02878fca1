import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { availableDomains, availableMunicipalities, availableYears, chartView, chartViews, formatPeriod, recommendations, signalResponses } from '../src/charts/index.js'
import type { ChartData, ChartFilters, ChartId, ChartView, PublishedTables } from '../src/charts/index.js'
import { formatCell, formatCount, formatShare } from '../src/number-format.js'
import { K, TABLES } from './fixtures/published-tables.js'

const data = (filters: ChartFilters = {}, locale: 'nl' | 'en' = 'nl', tables: PublishedTables = TABLES): ChartData => ({ tables, filters, locale, k: K })
const view = (id: ChartId, filters: ChartFilters = {}, locale: 'nl' | 'en' = 'nl', tables: PublishedTables = TABLES) => chartView(id, data(filters, locale, tables))
const { document } = parseHTML('<!doctype html><html><body></body></html>')
const draw = (v: ChartView) => v.plot({ document: document as unknown as Document, width: 640 })
const column = (v: ChartView, name: string) => v.table.rows.map((row) => row[v.table.columns.indexOf(name)])
/** The texts Plot wrote beside the bars: the numbers the chart shows. */
const barTexts = (svg: Element) => Array.from(svg.querySelectorAll('g[aria-label="text"] text')).map((t) => t.textContent)
const barCount = (svg: Element) => svg.querySelectorAll('g[aria-label="bar"] rect').length

export const FOOTNOTE = { nl: '– afgeschermd: een klein aantal, of afgeschermd om een klein aantal te beschermen.', en: '– withheld: a small number, or withheld to protect a small number.' }

describe('the filters offer what was published', () => {
  it('lists years, municipalities and domains without the `*` margin', () => {
    expect(availableYears(TABLES)).toEqual(['2024', '2025'])
    expect(availableMunicipalities(TABLES)).toEqual(['Bergen', 'Gennep'])
    expect(availableDomains(TABLES)).toEqual(['wmo', 'youth', 'income', 'debt', 'shelter'])
    expect(availableYears({})).toEqual([])
  })
})

describe('every view', () => {
  const views = chartViews(data())

  it('comes in the fixed order, for the latest year by default', () => {
    expect(views.map((v) => v.id)).toEqual(['over-time', 'kinds', 'wishes-support', 'outcomes', 'durations', 'channels', 'signals', 'municipalities'])
    expect(views.every((v) => !v.empty)).toBe(true)
    expect(chartViews(data({ year: '2025' })).map((v) => v.title)).toEqual(views.map((v) => v.title))
  })

  it.each(['nl', 'en'] as const)('draws a bare <svg> with explicit colours and a plain font (%s)', (locale) => {
    for (const v of chartViews(data({}, locale))) {
      const svg = draw(v)
      expect(svg.tagName.toLowerCase(), v.id).toBe('svg')
      expect(svg.outerHTML, v.id).not.toMatch(/currentcolor/i)
      expect(svg.outerHTML, v.id).not.toContain('<figure')
      expect(svg.getAttribute('font-family'), v.id).toBe('Noto Sans, sans-serif')
      expect(svg.getAttribute('aria-label'), v.id).toBe(v.title)
      expect(svg.querySelectorAll('rect, path').length, v.id).toBeGreaterThan(0)
    }
  })

  it.each(['nl', 'en'] as const)('explains the withheld mark with the one footnote wherever it shows (%s)', (locale) => {
    for (const filters of [{}, { municipality: 'Gennep' }, { municipality: 'Bergen' }, { year: '2024' }] as ChartFilters[]) {
      for (const v of chartViews(data(filters, locale))) {
        const drawn = barTexts(draw(v)).includes('–')
        if (drawn || v.table.rows.some((row) => row.includes('–'))) expect(v.footnotes, `${v.id} ${JSON.stringify(filters)}`).toContain(FOOTNOTE[locale])
        if (drawn) expect(draw(v).textContent, v.id).toContain(locale === 'nl' ? '– = afgeschermd' : '– = withheld')
      }
    }
  })

  it('never shows a withheld cell as a number, as zero, or as "below k"', () => {
    for (const locale of ['nl', 'en'] as const)
      for (const filters of [{}, { municipality: 'Gennep' }, { municipality: 'Bergen' }, { domain: 'shelter' }, { year: '2024' }] as ChartFilters[])
        for (const v of chartViews(data(filters, locale))) {
          const svg = draw(v)
          const words = [v.title, v.summary, ...v.footnotes, v.table.caption, ...v.table.columns, ...v.table.rows.flat(), svg.textContent ?? ''].join('\n')
          expect(words.match(/<\s*\d|minder dan|fewer than|onder de \d|below \d|te weinig meldingen|too few concerns/gi), v.id).toBeNull()
          for (const row of v.table.rows) expect(row.includes('0'), `${v.id}: ${row.join(' | ')}`).toBe(false)
          // No box from 0 to k that would say "below k".
          expect(svg.querySelectorAll('[stroke-dasharray="2,2"]').length, v.id).toBe(0)
          expect(svg.querySelector('g[aria-label="rect"]'), v.id).toBeNull()
        }
  })

  it('says nothing was published for a year without data, and still draws', () => {
    for (const v of chartViews(data({ year: '2026' }))) {
      expect(v.empty, v.id).toBe(true)
      expect(v.title).toBe('Nog geen cijfers voor 2026')
      expect(v.table.rows).toEqual([])
      expect(v.footnotes).toEqual([])
      expect(draw(v).tagName.toLowerCase()).toBe('svg')
    }
    expect(chartViews(data({}, 'en', {})).every((v) => v.empty && v.title === 'No figures yet')).toBe(true)
  })
})

describe('over time', () => {
  it('states the largest domain from the published margins and the trend between two full years', () => {
    const v = view('over-time')
    expect(v.title).toBe('Meeste meldingen in 2025 over Hulp en zorg thuis (Wmo): 48 van de 120 (40%)')
    expect(v.summary).toContain('In 2025 waren er 20% meer meldingen dan in 2024 (100).')
  })

  it('has one table row per drawn period and domain, withheld as "–", drawn as a mark on the baseline', () => {
    const v = view('over-time')
    expect(v.table.rows).toHaveLength(3 * 8)
    expect(v.table.rows.filter((row) => row[0] === 'Beschermd wonen en opvang').map((row) => row[2])).toEqual(['–', '–', '–', '–', '–', '–', '7', '–'])
    expect(v.table.rows[6]).toEqual(['Hulp en zorg thuis (Wmo)', 'K3 2025', '16'])
    const svg = draw(v)
    expect(barCount(svg)).toBe(v.table.rows.filter((row) => row[2] !== '–').length)
    expect(barTexts(svg).filter((t) => t === '–')).toHaveLength(7)
  })

  it('says a withheld domain total is withheld, with no number', () => {
    const shelter = view('over-time', { domain: 'shelter' })
    expect(shelter.title).toBe('Meldingen over Beschermd wonen en opvang in 2025: aantal afgeschermd')
    expect(view('over-time', { domain: 'shelter' }, 'en').title).toBe('Concerns about Sheltered living and shelter in 2025: number withheld')
  })

  it('narrows to the chosen domain and municipality', () => {
    const wmo = view('over-time', { domain: 'wmo' })
    expect(wmo.title).toBe('48 meldingen over Hulp en zorg thuis (Wmo) in 2025 (40% van alle 120)')
    expect(new Set(wmo.table.rows.map((row) => row[0]))).toEqual(new Set(['Hulp en zorg thuis (Wmo)']))
    const gennep = view('over-time', { municipality: 'Gennep' })
    expect(gennep.table.rows.map((row) => row[2])).toEqual(Array(8).fill('8'))
    expect(view('over-time', { year: '2024' }).table.rows.every((row) => row[1]!.endsWith('2024'))).toBe(true)
  })

  it('writes periods in the chosen language', () => {
    expect(formatPeriod('2025-07', 'nl')).toBe('jul 2025')
    expect(formatPeriod('2025-03', 'en')).toBe('Mar 2025')
    expect(formatPeriod('2025-K3', 'nl')).toBe('K3 2025')
    expect(formatPeriod('2025-K3', 'en')).toBe('Q3 2025')
    expect(formatPeriod('2025', 'nl')).toBe('2025')
  })
})

describe('kinds of dissatisfaction', () => {
  it('names the most common kind against all concerns received, and says which kinds were merged', () => {
    const v = view('kinds')
    expect(v.title).toBe('Meest genoemd in 2025: ‘Afspraken zijn niet nagekomen’, bij 40 van de 120 meldingen (33,3%)')
    expect(v.table.columns[2]).toBe('Deel van de 120 meldingen')
    expect(v.table.rows[0]).toEqual(['Afspraken zijn niet nagekomen', '40', '33,3%'])
    expect(v.table.rows.at(-1)).toEqual(['Iets anders', '–', '–'])
    expect(v.footnotes).toEqual([FOOTNOTE.nl, 'Samengevoegd om inwoners te beschermen: in 2025 telt ‘Iets anders’ hier ook ‘Het besluit klopt niet met mijn situatie’ mee.'])
    expect(view('kinds', { year: '2024' }).footnotes.join(' ')).not.toContain('Samengevoegd')
  })

  it('draws exactly the numbers in the table, and the mark where a bar is withheld', () => {
    const v = view('kinds')
    const svg = draw(v)
    const published = v.table.rows.filter((row) => row[1] !== '–')
    expect(barCount(svg)).toBe(published.length)
    expect(barTexts(svg).filter((t) => /\d/.test(t ?? '') || t === '–').filter((t) => !/[a-z]/i.test(t ?? ''))).toEqual([...published.map((row) => `${row[1]} (${row[2]})`), '–'])
  })

  it('does not call a category the largest when a withheld cell beside it could be larger', () => {
    // In Gennep 'treatment' is an interior cell, withheld: it may be withheld to protect another, and be large.
    expect(view('kinds', { municipality: 'Gennep' }).title).toBe('Vaak genoemd in Gennep in 2025: ‘Ik kreeg te weinig uitleg of informatie’, bij 28 van de 80 meldingen (35%)')
  })

  it('says the domain filter does not apply, and speaks English with en-GB numbers', () => {
    expect(view('kinds', { domain: 'wmo' }).summary).toContain('u ziet alle domeinen samen, niet alleen ‘Hulp en zorg thuis (Wmo)’')
    expect(view('kinds').summary).not.toContain('alle domeinen samen')
    expect(view('kinds', {}, 'en').title).toBe('Named most in 2025: ‘Agreements were not kept’, in 40 of the 120 concerns (33.3%)')
  })
})

describe('wishes against support', () => {
  it('compares the wish for mediation with the mediation given, over closed concerns with that wish', () => {
    const v = view('wishes-support')
    expect(v.title).toBe('Wie bemiddeling wilde, kreeg die bij 18 van de 25 in 2025 afgesloten meldingen (72%)')
    expect(v.table.rows).toEqual([
      ['Iemand die naar mij luistert', 'Luisteren', '28', '93,3%'],
      ['Iemand die naar mij luistert', 'Informatie en advies', '12', '40%'],
      ['Bemiddeling: samen met de organisatie praten', 'Luisteren', '15', '60%'],
      ['Bemiddeling: samen met de organisatie praten', 'Praktische hulp', '–', '–'],
      ['Bemiddeling: samen met de organisatie praten', 'Bemiddeling', '18', '72%'],
      ['Dat weet ik nog niet', 'Informatie en advies', '–', '–'],
    ])
    const svg = draw(v)
    expect(barCount(svg)).toBe(4)
    expect(svg.textContent).toContain('Wens: Dat weet ik nog niet (afgesloten:\u00a0–)')
  })
})

describe('outcomes', () => {
  it('computes the share closed without a formal procedure over concerns closed, from the outcomes table', () => {
    const v = view('outcomes')
    // (80 closed − 7 complaints − 5 objections) / 80; 2024: (70 − 8 − 6) / 70.
    expect(v.title).toBe('Zonder klacht of bezwaar afgesloten: 85% van de 80 in 2025 afgesloten meldingen (2024: 80%)')
    expect(v.summary).toContain('In 2024 was dat 80% (+5 procentpunt).')
    expect(v.table.columns[2]).toBe('Deel van de 80 afgesloten meldingen')
    expect(v.table.rows.find((row) => row[0] === 'Opgelost')).toEqual(['Opgelost', '40', '50%'])
  })

  it('does not rebuild a withheld outcome from the total', () => {
    const v = view('outcomes')
    expect(column(v, 'Meldingen')).toEqual(['40', '20', '7', '5', '–', '–'])
    const svg = draw(v)
    expect(barCount(svg)).toBe(4)
    expect(barTexts(svg).filter((t) => t === '–')).toHaveLength(2)
  })

  it('says the share is withheld, with no number, when a formal outcome is withheld', () => {
    const gennep = view('outcomes', { municipality: 'Gennep' })
    expect(gennep.title).toBe('Afgesloten zonder klacht of bezwaar in Gennep in 2025: aandeel afgeschermd')
    expect(gennep.title).not.toMatch(/\d+\s*%/)
    expect(gennep.footnotes).toContain(FOOTNOTE.nl)
  })

  it('says the share is withheld when a formal outcome was merged into another category', () => {
    const merged = { ...TABLES, merged_categories: [{ table: 'outcomes', year: '2025', dimension: 'outcome', code: 'overig', members: 'objection;not-resolved' }] }
    expect(view('outcomes', {}, 'en', merged).title).toBe('Closed without a complaint or objection in 2025: share withheld')
    expect(view('outcomes', {}, 'nl', merged).footnotes).toContain('Samengevoegd om inwoners te beschermen: in 2025 telt ‘Overig’ hier ook ‘Bezwaar ingediend’ en ‘Niet opgelost’ mee.')
  })
})

describe('merged categories', () => {
  const merged: PublishedTables = {
    ...TABLES,
    outcomes: TABLES.outcomes.filter((row) => row.municipality !== 'Gennep'),
    merged_categories: [...TABLES.merged_categories, { table: 'outcomes', year: '2025', dimension: 'municipality', code: 'overig', members: 'Bergen;Gennep' }],
  }

  it('are said only where they apply: in the view that shows the dimension, or for the chosen municipality', () => {
    expect(view('outcomes', {}, 'nl', merged).footnotes.join(' ')).not.toContain('Samengevoegd')
    expect(view('channels', {}, 'nl', merged).footnotes.join(' ')).not.toContain('Samengevoegd')
  })

  it('explain an empty view when the chosen municipality was counted with others', () => {
    const gennep = view('outcomes', { municipality: 'Gennep' }, 'nl', merged)
    expect(gennep.empty).toBe(true)
    expect(gennep.summary).toBe('Deze cijfers over 2025 zijn voor ‘Gennep’ samengeteld met andere onder ‘Overige gemeenten’, om inwoners te beschermen. Kies alle gemeenten en domeinen om ze te zien.')
  })
})

describe('durations', () => {
  it('states first contact on time over concerns received that had a first contact', () => {
    const v = view('durations')
    expect(v.title).toBe('Van de meldingen uit 2025 met een eerste contact kreeg 82% dat op tijd (binnen 2 werkdagen)')
    expect(column(v, 'Dagen')).toEqual(['1,5', '3', '21', '40'])
    const svg = draw(v)
    expect(barCount(svg)).toBe(4)
    expect(svg.textContent).toContain('Eerste contact (stippellijn: afspraak van 2 werkdagen)')
  })

  it('follows domain and municipality, and says a withheld figure is withheld', () => {
    expect(view('durations', { domain: 'wmo' }).title).toBe('Van de meldingen over Hulp en zorg thuis (Wmo) uit 2025 met een eerste contact kreeg 90% dat op tijd (binnen 2 werkdagen)')
    expect(view('durations', { municipality: 'Bergen' }).title).toBe('Eerste contact na 1 dag (mediaan, meldingen uit 2025)')
    const shelter = view('durations', { domain: 'shelter' })
    expect(shelter.title).toBe('Eerste contact op tijd in 2025: aandeel afgeschermd')
    expect(column(shelter, 'Dagen')).toEqual(['–', '–', '–', '–'])
    expect(shelter.footnotes).toContain(FOOTNOTE.nl)
  })
})

describe('channels', () => {
  it('names the main intake channel, surely the largest when the withheld rest is smaller', () => {
    const v = view('channels')
    // 52 of 120: the withheld poster, letter and own intake hold 11 together, fewer than 52.
    expect(v.title).toBe('Meeste meldingen in 2025 kwamen binnen via: Formulier op een website (52 van de 120, 43,3%)')
    expect(v.summary).toContain('De delen zijn van alle 120 meldingen die in 2025 binnenkwamen.')
    expect(view('channels', {}, 'en').title).toBe('Most concerns in 2025 came in through: Form on a website (52 of the 120, 43.3%)')
  })

  it('shows the intake channels first and the partner kinds second, in one table with the withheld mark', () => {
    const v = view('channels')
    expect(v.table.columns).toEqual(['Indeling', 'Kanaal of partner', 'Meldingen', 'Deel van de 120 meldingen'])
    const channelRows = v.table.rows.filter((row) => row[0] === 'Kanaal')
    const partnerRows = v.table.rows.filter((row) => row[0] === 'Partner')
    expect(channelRows.length + partnerRows.length).toBe(v.table.rows.length)
    expect(v.table.rows.indexOf(channelRows.at(-1)!)).toBeLessThan(v.table.rows.indexOf(partnerRows[0]!))
    expect(channelRows.map((row) => row.slice(1, 3))).toEqual([
      ['Formulier op een website', '52'],
      ['Knop op een website', '30'],
      ['Telefoon', '18'],
      ['Inloopspreekuur', '9'],
      ['Poster of folder (QR-code)', '–'],
      ['Brief', '–'],
      ['Door de vertrouwenspersoon zelf', '–'],
    ])
    expect(partnerRows.map((row) => row[1])).toContain('Rechtstreeks bij de vertrouwenspersoon')
    expect(partnerRows.at(-1)).toEqual(['Partner', 'Andere organisatie', '–', '–'])
    expect(v.footnotes).toContain(FOOTNOTE.nl)
    // Both parts are drawn, each under its own heading.
    const svg = draw(v)
    expect(svg.textContent).toContain('Hoe de melding binnenkwam')
    expect(svg.textContent).toContain('Via welke partner')
    expect(barCount(svg)).toBe(v.table.rows.filter((row) => row[2] !== '–').length)
  })

  it('shows the partner kinds alone for a publication from before the intake channels', () => {
    const { intake_channels: _, ...older } = TABLES
    const v = view('channels', {}, 'nl', older)
    expect(v.title).toBe('Meeste meldingen in 2025 kwamen via: Gemeente (60 van de 120, 50%)')
    expect(v.table.rows.every((row) => row[0] === 'Partner')).toBe(true)
  })

  it('says the domain filter does not apply: channels are published per year and municipality only', () => {
    expect(view('channels', { domain: 'wmo' }).summary).toContain('alle domeinen samen')
  })
})

describe('signals', () => {
  it('counts signals by status and lists each signal once, with what the municipality did', () => {
    const v = view('signals')
    expect(v.title).toBe('12 signalen aan de gemeente in 2025; 5 leidden tot een verbetering')
    expect(v.table.rows.map((row) => row[1])).toEqual(['–', '5', '5'])
    expect(v.summary).toContain('Bij 2 signalen staat wat de gemeente ermee deed.')
    expect(signalResponses(data()).map((s) => s.theme)).toEqual(['Herindicatie', 'Wachttijd'])
    expect(signalResponses(data({ municipality: 'Gennep' }))).toEqual([
      { year: '2025', municipality: 'Gennep', domain: 'Hulp en zorg thuis (Wmo)', status: 'Verbeterd', theme: 'Herindicatie', text: 'Brieven over herindicatie zijn moeilijk.', response: 'De brief is herschreven.' },
    ])
    expect(signalResponses(data({ domain: 'debt' }, 'en')).map((s) => s.status)).toEqual(['Shared with the municipality'])
  })

  it('says the number of signals is withheld, with no number', () => {
    const v = view('signals', { municipality: 'Gennep' })
    expect(v.title).toBe('Signalen aan de gemeente in Gennep in 2025: aantal afgeschermd')
    expect(view('signals', { municipality: 'Gennep' }, 'en').title).toBe('Signals to the municipality in Gennep in 2025: number withheld')
  })

  it('lists recommendations for the year and municipality', () => {
    expect(recommendations(data()).map((r) => r.municipality)).toEqual(['Gennep', 'Bergen'])
    expect(recommendations(data({ municipality: 'Bergen' })).map((r) => r.text)).toEqual(['Bel voor een besluit.'])
    expect(recommendations(data({ year: '2024' }))).toEqual([])
    expect(signalResponses(data({}, 'nl', { signals: TABLES.signals }))).toEqual([])
  })
})

describe('per municipality', () => {
  it('compares municipalities and marks the chosen one in words', () => {
    expect(view('municipalities').title).toBe('Meeste meldingen in 2025 uit Gennep: 80 van de 120 (66,7%)')
    const chosen = view('municipalities', { municipality: 'Bergen' })
    expect(chosen.table.rows).toEqual([
      ['Gennep', '80', '66,7%'],
      ['Bergen (gekozen)', '40', '33,3%'],
    ])
    expect(view('municipalities', { domain: 'wmo' }).title).toBe('Meeste meldingen over Hulp en zorg thuis (Wmo) in 2025 uit Gennep: 35 van de 48 (72,9%)')
  })

  it('is empty for a single municipality', () => {
    const single = { concerns: TABLES.concerns.filter((row) => row.municipality !== 'Bergen') }
    const v = chartView('municipalities', data({}, 'nl', single))
    expect(v.empty).toBe(true)
    expect(v.summary).toContain('één gemeente')
  })
})

describe('number formatting', () => {
  it('uses Dutch separators by default and British ones in English, and one mark for withheld', () => {
    expect(formatCount(1234)).toBe('1.234')
    expect(formatCount(1234, 'en')).toBe('1,234')
    expect(formatShare(0.125)).toBe('12,5%')
    expect(formatShare(0.125, 'en')).toBe('12.5%')
    expect(formatCell(null)).toBe('–')
    expect(formatCell(7, 'en')).toBe('7')
  })
})
