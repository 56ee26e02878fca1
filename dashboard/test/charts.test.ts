import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { availableDomains, availableMunicipalities, availableYears, chartView, chartViews, formatPeriod, recommendations, signalResponses } from '../src/charts/index.js'
import type { ChartData, ChartFilters, ChartId, ChartView, PublishedRow } from '../src/charts/index.js'
import { formatCount, formatShare } from '../src/number-format.js'

const K = 5

/** A published cell: `null` concerns means suppressed, as publish.ts writes it (statistics null as well). */
const cell = (dims: Record<string, string>, concerns: number | null, statistics: Record<string, number | null> = {}): PublishedRow => ({
  ...dims,
  concerns,
  ...Object.fromEntries(Object.entries(statistics).map(([name, value]) => [name, concerns === null ? null : value])),
  suppressed: concerns === null,
})

const durations = (first: number, firstP75: number, close: number, closeP75: number, onTime: number | null, withoutProcedure: number | null) => ({
  first_contact_days_median: first,
  first_contact_days_p75: firstP75,
  close_days_median: close,
  close_days_p75: closeP75,
  first_contact_on_time_share: onTime,
  closed_without_procedure_share: withoutProcedure,
})

const concerns = (year: string, municipality: string, domain: string, n: number | null, stats = {}) => cell({ year, municipality, domain }, n, stats)
const channels = (year: string, municipality: string, partner_kind: string, n: number | null) => cell({ year, municipality, partner_kind }, n)

/** A small region of two municipalities over two years, with suppressed cells and `*` margins. */
const TABLES = {
  over_time: [
    ...(['2024-K1', '2024-K2', '2024-K3', '2024-K4', '2025-K1', '2025-K2', '2025-K3', '2025-K4'] as const).flatMap((period, i) => [
      cell({ period, municipality: '*', domain: '*' }, 25 + i * 2),
      cell({ period, municipality: '*', domain: 'wmo' }, 10 + i),
      cell({ period, municipality: '*', domain: 'youth' }, 6 + (i % 3)),
      cell({ period, municipality: '*', domain: 'shelter' }, i === 6 ? 7 : null),
      cell({ period, municipality: 'Gennep', domain: '*' }, 17 + i),
      cell({ period, municipality: 'Gennep', domain: 'wmo' }, 8),
    ]),
  ],
  concerns: [
    concerns('2024', '*', '*', 100, durations(2, 4, 25, 45, 0.75, 0.8)),
    concerns('2025', '*', '*', 120, durations(1.5, 3, 21, 40, 0.82, 0.85)),
    concerns('2025', '*', 'wmo', 48, durations(1, 2.5, 18, 30, 0.9, 0.88)),
    concerns('2025', '*', 'youth', 30, durations(2, 3, 25, 41, 0.7, 0.8)),
    concerns('2025', '*', 'income', 22),
    concerns('2025', '*', 'debt', 16),
    concerns('2025', '*', 'shelter', null),
    concerns('2025', 'Gennep', '*', 80, durations(1.5, 3.5, 20, 38, 0.8, 0.86)),
    concerns('2025', 'Bergen', '*', 40, { ...durations(1, 2, 22, 44, null, null), first_contact_on_time_share: null }),
    concerns('2025', 'Gennep', 'wmo', 35),
    concerns('2025', 'Bergen', 'wmo', 13),
  ],
  channels: [
    channels('2025', '*', '*', 120),
    channels('2025', '*', 'municipality', 60),
    channels('2025', '*', 'care-provider', 25),
    channels('2025', '*', 'neighbourhood-team', 20),
    channels('2025', '*', 'other', null),
    channels('2025', '*', 'confidant', 12),
    channels('2025', 'Gennep', 'municipality', 44),
  ],
  kinds: [
    cell({ year: '2025', municipality: '*', kind: 'decision-process' }, 30),
    cell({ year: '2025', municipality: '*', kind: 'agreements' }, 40),
    cell({ year: '2025', municipality: '*', kind: 'information' }, 35),
    cell({ year: '2025', municipality: '*', kind: 'treatment' }, 20),
    cell({ year: '2025', municipality: '*', kind: 'wrong-information' }, 12),
    cell({ year: '2025', municipality: '*', kind: 'other' }, null),
    cell({ year: '2025', municipality: 'Gennep', kind: 'information' }, 28),
    cell({ year: '2025', municipality: 'Gennep', kind: 'agreements' }, 21),
  ],
  outcomes: [
    cell({ year: '2024', municipality: '*', outcome: '*' }, 70),
    cell({ year: '2025', municipality: '*', outcome: '*' }, 80),
    cell({ year: '2025', municipality: '*', outcome: 'resolved' }, 40),
    cell({ year: '2025', municipality: '*', outcome: 'partly-resolved' }, 20),
    cell({ year: '2025', municipality: '*', outcome: 'formal-complaint' }, 7),
    cell({ year: '2025', municipality: '*', outcome: 'objection' }, null),
    cell({ year: '2025', municipality: '*', outcome: 'withdrawn' }, 8),
  ],
  wishes: [
    cell({ year: '2024', municipality: '*', wish: '*' }, 70),
    cell({ year: '2025', municipality: '*', wish: '*' }, 80),
    cell({ year: '2025', municipality: '*', wish: 'listen' }, 30),
    cell({ year: '2025', municipality: '*', wish: 'mediation' }, 25),
    cell({ year: '2025', municipality: '*', wish: 'unsure' }, null),
  ],
  support: [
    cell({ year: '2025', municipality: '*', wish: '*', support: 'listening' }, 50),
    cell({ year: '2025', municipality: '*', wish: '*', support: 'advice' }, 45),
    cell({ year: '2025', municipality: '*', wish: '*', support: 'mediation' }, 22),
    cell({ year: '2025', municipality: '*', wish: 'listen', support: 'listening' }, 28),
    cell({ year: '2025', municipality: '*', wish: 'listen', support: 'advice' }, 12),
    cell({ year: '2025', municipality: '*', wish: 'mediation', support: 'mediation' }, 18),
    cell({ year: '2025', municipality: '*', wish: 'mediation', support: 'listening' }, 15),
    cell({ year: '2025', municipality: '*', wish: 'mediation', support: 'practical' }, null),
    cell({ year: '2025', municipality: '*', wish: 'unsure', support: 'advice' }, null),
  ],
  signals: [
    cell({ year: '2025', municipality: '*', status: '*' }, 12),
    cell({ year: '2025', municipality: '*', status: 'new' }, null),
    cell({ year: '2025', municipality: '*', status: 'shared' }, 5),
    cell({ year: '2025', municipality: '*', status: 'improved' }, 5),
  ],
  signal_texts: [
    { year: '2025', municipality: 'Gennep', domain: 'wmo', status: 'improved', theme: 'Herindicatie', text: 'Brieven over herindicatie zijn moeilijk.', response: 'De brief is herschreven.' },
    { year: '2025', municipality: 'Bergen', domain: 'debt', status: 'shared', theme: 'Wachttijd', text: 'Lange wachttijd bij schuldhulp.', response: '' },
    { year: '2025', municipality: 'Gennep', domain: 'youth', status: 'new', theme: 'Nieuw', text: 'Nog niet gedeeld.', response: '' },
    { year: '2024', municipality: 'Gennep', domain: 'wmo', status: 'answered', theme: 'Oud', text: 'Vorig jaar.', response: 'Antwoord.' },
  ],
  recommendations: [
    { year: '2025', municipality: 'Gennep', text: 'Schrijf besluiten op B1-niveau.', status: 'accepted', response: 'We passen de sjablonen aan.' },
    { year: '2025', municipality: 'Bergen', text: 'Bel voor een besluit.', status: 'open', response: '' },
  ],
} satisfies Record<string, PublishedRow[]>

const data = (filters: ChartFilters = {}, locale: 'nl' | 'en' = 'nl', tables: ChartData['tables'] = TABLES): ChartData => ({ tables, filters, locale, k: K })
const view = (id: ChartId, filters: ChartFilters = {}, locale: 'nl' | 'en' = 'nl') => chartView(id, data(filters, locale))
const { document } = parseHTML('<!doctype html><html><body></body></html>')
const draw = (v: ChartView) => v.plot({ document: document as unknown as Document, width: 640 })
const column = (v: ChartView, name: string) => v.table.rows.map((row) => row[v.table.columns.indexOf(name)])
/** The texts Plot wrote beside the bars: the numbers the chart shows. */
const barTexts = (svg: Element) => Array.from(svg.querySelectorAll('g[aria-label="text"] text')).map((t) => t.textContent)
const barCount = (svg: Element) => svg.querySelectorAll('g[aria-label="bar"] rect').length

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

  it('never shows a suppressed cell as a number in a table', () => {
    for (const v of views) {
      for (const row of v.table.rows) expect(row.every((value) => value !== '0'), `${v.id}: ${row.join(' | ')}`).toBe(true)
    }
  })

  it('says nothing was published for a year without data, and still draws', () => {
    for (const v of chartViews(data({ year: '2026' }))) {
      expect(v.empty, v.id).toBe(true)
      expect(v.title).toBe('Nog geen cijfers voor 2026')
      expect(v.table.rows).toEqual([])
      expect(draw(v).tagName.toLowerCase()).toBe('svg')
    }
    expect(chartViews(data({}, 'en', {})).every((v) => v.empty && v.title === 'No figures yet')).toBe(true)
  })
})

describe('over time', () => {
  it('states the largest domain from the published margins and the trend', () => {
    const v = view('over-time')
    expect(v.title).toBe('Meeste meldingen in 2025 over Hulp en zorg thuis (Wmo): 48 van 120 (40%)')
    expect(v.summary).toContain('In 2025 waren er 20% meer meldingen dan in 2024 (100).')
    expect(v.summary).toContain('Aantallen onder de 5 tonen we niet, zodat niemand herkenbaar is.')
  })

  it('has one table row per drawn period and domain, suppressed as "< 5"', () => {
    const v = view('over-time')
    expect(v.table.rows).toHaveLength(3 * 8)
    expect(v.table.rows.filter((row) => row[0] === 'Beschermd wonen en opvang').map((row) => row[2])).toEqual(['< 5', '< 5', '< 5', '< 5', '< 5', '< 5', '7', '< 5'])
    expect(v.table.rows[6]).toEqual(['Hulp en zorg thuis (Wmo)', 'K3 2025', '16'])
    const svg = draw(v)
    expect(barCount(svg)).toBe(v.table.rows.filter((row) => row[2] !== '< 5').length)
    // Withheld periods: a dashed outline up to k, not a filled bar.
    expect(svg.querySelectorAll('g[aria-label="rect"] rect')).toHaveLength(7)
    expect(svg.querySelector('g[aria-label="rect"] g')?.getAttribute('fill')).toBe('none')
  })

  it('narrows to the chosen domain and municipality', () => {
    const wmo = view('over-time', { domain: 'wmo' })
    expect(wmo.title).toBe('48 meldingen over Hulp en zorg thuis (Wmo) in 2025 (40% van alle)')
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
  it('names the most common kind against all concerns', () => {
    const v = view('kinds')
    expect(v.title).toBe('Meest genoemd: ‘Afspraken zijn niet nagekomen’, bij 40 van 120 meldingen (33,3%)')
    expect(v.table.rows[0]).toEqual(['Afspraken zijn niet nagekomen', '40', '33,3%'])
    expect(v.table.rows.at(-1)).toEqual(['Iets anders', '< 5', '–'])
    expect(v.summary).toContain('Aantallen onder de 5 tonen we niet')
  })

  it('draws exactly the numbers in the table, and "< 5" where a bar is withheld', () => {
    const v = view('kinds')
    const svg = draw(v)
    const published = v.table.rows.filter((row) => row[1] !== '< 5')
    expect(barCount(svg)).toBe(published.length)
    expect(barTexts(svg)).toEqual([...published.map((row) => `${row[1]} (${row[2]})`), '< 5'])
  })

  it('says the domain filter does not apply, and follows the municipality', () => {
    expect(view('kinds', { domain: 'wmo' }).summary).toContain('u ziet alle domeinen samen, niet alleen ‘Hulp en zorg thuis (Wmo)’')
    expect(view('kinds').summary).not.toContain('alle domeinen samen')
    expect(view('kinds', { municipality: 'Gennep' }).title).toBe('Meest genoemd: ‘Ik kreeg te weinig uitleg of informatie’, bij 28 van 80 meldingen (35%)')
  })

  it('speaks English with en-GB numbers', () => {
    expect(view('kinds', {}, 'en').title).toBe('Named most: ‘Agreements were not kept’, in 40 of 120 concerns (33.3%)')
  })
})

describe('wishes against support', () => {
  it('compares the wish for mediation with the mediation given', () => {
    const v = view('wishes-support')
    expect(v.title).toBe('Wie bemiddeling wilde, kreeg die bij 18 van 25 meldingen (72%)')
    expect(v.table.rows).toEqual([
      ['Iemand die naar mij luistert', 'Luisteren', '28', '93,3%'],
      ['Iemand die naar mij luistert', 'Informatie en advies', '12', '40%'],
      ['Bemiddeling: samen met de organisatie praten', 'Luisteren', '15', '60%'],
      ['Bemiddeling: samen met de organisatie praten', 'Praktische hulp', '< 5', '–'],
      ['Bemiddeling: samen met de organisatie praten', 'Bemiddeling', '18', '72%'],
      ['Dat weet ik nog niet', 'Informatie en advies', '< 5', '–'],
    ])
    const svg = draw(v)
    expect(barCount(svg)).toBe(4)
    expect(svg.textContent).toContain('Wens: Dat weet ik nog niet (< 5 afgesloten)')
  })
})

describe('outcomes', () => {
  it('leads with the share closed without a formal procedure and its change', () => {
    const v = view('outcomes')
    expect(v.title).toBe('85% afgesloten zonder formele procedure (2024: 80%)')
    expect(v.summary).toContain('In 2024 was dat 80% (+5 procentpunt).')
    expect(v.table.rows.find((row) => row[0] === 'Bezwaar ingediend')).toEqual(['Bezwaar ingediend', '< 5', '–'])
    expect(v.table.rows.find((row) => row[0] === 'Opgelost')).toEqual(['Opgelost', '40', '50%'])
  })

  it('does not rebuild a withheld outcome from the total', () => {
    // 80 closed minus the published outcomes would give 5 objections: it must stay "< 5", and no bar may carry it.
    const v = view('outcomes')
    expect(column(v, 'Meldingen')).toEqual(['40', '20', '7', '< 5', '8'])
    const svg = draw(v)
    expect(barCount(svg)).toBe(4)
    expect(barTexts(svg)).toEqual(['40 (50%)', '20 (25%)', '7 (8,8%)', '8 (10%)', '< 5'])
  })
})

describe('durations', () => {
  it('states first contact on time against the deadline', () => {
    const v = view('durations')
    expect(v.title).toBe('82% kreeg op tijd eerste contact (binnen 2 werkdagen)')
    expect(column(v, 'Dagen')).toEqual(['1,5', '3', '21', '40'])
    const svg = draw(v)
    expect(svg.querySelectorAll('svg')).toHaveLength(2)
    expect(barCount(svg)).toBe(4)
    expect(svg.textContent).toContain('Eerste contact (stippellijn: afspraak van 2 werkdagen)')
  })

  it('follows domain and municipality, and explains missing statistics', () => {
    expect(view('durations', { domain: 'wmo' }).title).toBe('90% kreeg op tijd eerste contact (binnen 2 werkdagen)')
    const bergen = view('durations', { municipality: 'Bergen' })
    expect(bergen.title).toBe('Eerste contact na 1 dag (mediaan)')
    expect(bergen.summary).toContain('Een tijd of aandeel tonen we pas als het over 5 of meer meldingen gaat.')
  })
})

describe('channels', () => {
  it('names the main channel, with the confidant as a channel of its own', () => {
    const v = view('channels')
    expect(v.title).toBe('Meeste meldingen kwamen binnen via: Gemeente (60 van 120, 50%)')
    expect(v.table.rows.map((row) => row[0])).toContain('Rechtstreeks bij de vertrouwenspersoon')
    expect(v.table.rows.at(-1)).toEqual(['Andere organisatie', '< 5', '–'])
  })

  it('says the domain filter does not apply: channels are published per year and municipality only', () => {
    const v = view('channels', { domain: 'wmo' })
    expect(v.title).toBe('Meeste meldingen kwamen binnen via: Gemeente (60 van 120, 50%)')
    expect(v.summary).toContain('alle domeinen samen')
  })
})

describe('signals', () => {
  it('counts signals by status and lists what the municipality did', () => {
    const v = view('signals')
    expect(v.title).toBe('12 signalen aan de gemeente in 2025; 5 leidden tot een verbetering')
    expect(v.table.rows.map((row) => row[1])).toEqual(['< 5', '5', '5'])
    expect(v.summary).toContain('Bij 2 signalen staat wat de gemeente ermee deed.')
    expect(signalResponses(data()).map((s) => s.theme)).toEqual(['Herindicatie', 'Wachttijd'])
    expect(signalResponses(data({ municipality: 'Gennep' }))).toEqual([
      { year: '2025', municipality: 'Gennep', domain: 'Hulp en zorg thuis (Wmo)', status: 'Verbeterd', theme: 'Herindicatie', text: 'Brieven over herindicatie zijn moeilijk.', response: 'De brief is herschreven.' },
    ])
    expect(signalResponses(data({ domain: 'debt' }, 'en')).map((s) => s.status)).toEqual(['Shared with the municipality'])
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
    expect(view('municipalities').title).toBe('Meeste meldingen uit Gennep: 80 van 120 (66,7%)')
    const chosen = view('municipalities', { municipality: 'Bergen' })
    expect(chosen.table.rows).toEqual([
      ['Gennep', '80', '66,7%'],
      ['Bergen (gekozen)', '40', '33,3%'],
    ])
    expect(view('municipalities', { domain: 'wmo' }).title).toBe('Meeste meldingen over Hulp en zorg thuis (Wmo) uit Gennep: 35 van 48 (72,9%)')
  })

  it('is empty for a single municipality', () => {
    const single = { concerns: TABLES.concerns.filter((row) => row.municipality !== 'Bergen') }
    const v = chartView('municipalities', data({}, 'nl', single))
    expect(v.empty).toBe(true)
    expect(v.summary).toContain('één gemeente')
  })
})

describe('number formatting', () => {
  it('uses Dutch separators by default and British ones in English', () => {
    expect(formatCount(1234)).toBe('1.234')
    expect(formatCount(1234, 'en')).toBe('1,234')
    expect(formatShare(0.125)).toBe('12,5%')
    expect(formatShare(0.125, 'en')).toBe('12.5%')
  })
})
