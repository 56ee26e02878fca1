import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { CHANNEL_LABELS, DOMAIN_LABELS, KIND_LABELS, OUTCOME_LABELS, PARTNER_KIND_LABELS } from '@klankbord/contract/labels'
import { tableFromIPC } from 'apache-arrow'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { currentTotp } from '../../api/src/security/totp.js'
import { focused, launchChromium, tabTo } from '../support/browser.js'
import { runCli, startServerProcess, type ServerProcess } from '../support/cli.js'
import { expectNoAxeViolations } from '../support/page-actions.js'

/** The smallest published count (KLANKBORD_MIN_CELL's default). */
const K = 5
/** The one mark for a withheld cell (publication contract). */
const WITHHELD = '–'
const VIEWS = ['over-time', 'kinds', 'wishes-support', 'outcomes', 'durations', 'channels', 'signals', 'municipalities'] as const
type ViewId = (typeof VIEWS)[number]
type Row = Record<string, unknown>
type Filters = { year: string; municipality: string; domain: string }
type DomTable = { caption: string; columns: string[]; rows: string[][] }

const PHONE = { width: 360, height: 740 }
const SMALL_PHONE = { width: 320, height: 740 }
const DESKTOP = { width: 1280, height: 900 }

let server: ServerProcess
let dataDir: string
let browser: Browser
/** Every published table as the Arrow API sends it, read once: the data does not change during the file. */
let arrow: Record<string, Row[]>

// The server locks its data directory, so the concerns are seeded and the pipeline run before it starts.
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'klankbord-e2e-dashboard-'))
  const env = { KLANKBORD_DATA_DIR: dataDir }
  const seeded = await runCli(['seed', '--concerns', '4000', '--municipalities', '3', '--years', '3', '--start', '2023-01-01'], env)
  expect(seeded.code, seeded.stderr).toBe(0)
  const pipeline = await runCli(['pipeline'], env)
  expect(pipeline.code, pipeline.stderr).toBe(0)
  server = await startServerProcess({ ...env, KLANKBORD_PUBLIC_STATISTICS: 'on' })
  browser = await launchChromium()
  arrow = await arrowTables(server.url)
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

async function arrowTables(url: string): Promise<Record<string, Row[]>> {
  const list = (await (await fetch(`${url}/api/v1/statistics`)).json()) as { tables: { name: string }[] }
  const tables: Record<string, Row[]> = {}
  for (const { name } of list.tables) {
    const response = await fetch(`${url}/api/v1/statistics/${name}`, { headers: { Accept: 'application/vnd.apache.arrow.stream' } })
    expect(response.headers.get('content-type')).toBe('application/vnd.apache.arrow.stream')
    tables[name] = tableFromIPC(new Uint8Array(await response.arrayBuffer()))
      .toArray()
      .map((row) => (row as { toJSON(): Row }).toJSON())
  }
  return tables
}

// ---- What the tables must say, from the Arrow rows (numbers formatted the Dutch way, withheld as "–") ----

const integer = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 })
const decimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 })
const count = (row: Row): string => (row.suppressed === true || row.concerns === null ? WITHHELD : integer.format(Number(row.concerns)))
const where = (table: string, test: (row: Row) => boolean): Row[] => arrow[table]!.filter(test)
const sorted = (values: string[]) => [...values].sort()

function periodLabel(period: string): string {
  const quarter = /^(\d{4})-K([1-4])$/.exec(period)
  if (quarter) return `K${quarter[2]} ${quarter[1]}`
  const month = /^(\d{4})-(\d{2})$/.exec(period)
  if (month) return new Intl.DateTimeFormat('nl-NL', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(+month[1]!, +month[2]! - 1, 1))).replace('.', '')
  return period
}

const label = (labels: Record<string, string>, code: unknown) => labels[String(code)] ?? String(code)

/** For each view: the cells of its table that carry the published numbers, and the same cells built from the Arrow rows. */
const EXPECTED: Record<ViewId, { cells: (t: DomTable) => string[]; from: (f: Filters) => string[] }> = {
  'over-time': {
    cells: (t) => sorted(t.rows.map((r) => r.join(' | '))),
    from: ({ year, municipality, domain }) =>
      sorted(
        where('over_time', (r) => {
          const y = String(r.period).slice(0, 4)
          return r.municipality === municipality && r.period !== '*' && y >= String(+year - 2) && y <= year && (domain === '*' ? r.domain !== '*' : r.domain === domain)
        }).map((r) => `${label(DOMAIN_LABELS.nl, r.domain)} | ${periodLabel(String(r.period))} | ${count(r)}`),
      ),
  },
  kinds: {
    cells: (t) => sorted(t.rows.map((r) => `${r[0]} | ${r[1]}`)),
    from: ({ year, municipality }) => sorted(where('kinds', (r) => r.year === year && r.municipality === municipality && r.kind !== '*').map((r) => `${label(KIND_LABELS.nl, r.kind)} | ${count(r)}`)),
  },
  'wishes-support': {
    cells: (t) => sorted(t.rows.map((r) => r[2]!)),
    from: ({ year, municipality }) => sorted(where('support', (r) => r.year === year && r.municipality === municipality && r.wish !== '*' && r.support !== '*').map(count)),
  },
  outcomes: {
    cells: (t) => sorted(t.rows.map((r) => `${r[0]} | ${r[1]}`)),
    from: ({ year, municipality }) =>
      sorted(where('outcomes', (r) => r.year === year && r.municipality === municipality && r.outcome !== '*').map((r) => `${label(OUTCOME_LABELS.nl, r.outcome)} | ${count(r)}`)),
  },
  durations: {
    cells: (t) => t.rows.map((r) => r[2]!),
    from: ({ year, municipality, domain }) => {
      const row = where('concerns', (r) => r.year === year && r.municipality === municipality && r.domain === domain)[0]!
      return ['first_contact_days_median', 'first_contact_days_p75', 'close_days_median', 'close_days_p75'].map((column) =>
        typeof row[column] === 'number' ? decimal.format(row[column] as number) : 'te weinig meldingen',
      )
    },
  },
  channels: {
    cells: (t) => sorted(t.rows.map((r) => `${r[0]} | ${r[1]} | ${r[2]}`)),
    // Channels are published per year and municipality only: the domain filter does not narrow them. The intake
    // channels first, then the kinds of partner, both in the one table.
    from: ({ year, municipality }) =>
      sorted([
        ...where('intake_channels', (r) => r.year === year && r.municipality === municipality && r.channel !== '*').map(
          (r) => `Kanaal | ${label({ ...CHANNEL_LABELS.nl, overig: 'Overig' }, r.channel)} | ${count(r)}`,
        ),
        ...where('channels', (r) => r.year === year && r.municipality === municipality && r.partner_kind !== '*').map(
          (r) => `Partner | ${label({ ...PARTNER_KIND_LABELS.nl, confidant: 'Rechtstreeks bij de vertrouwenspersoon' }, r.partner_kind)} | ${count(r)}`,
        ),
      ]),
  },
  signals: {
    cells: (t) => sorted(t.rows.map((r) => r[1]!)),
    // Signal counts are published per year, municipality and status only: the domain filter does not narrow them.
    from: ({ year, municipality }) => sorted(where('signals', (r) => r.year === year && r.municipality === municipality && r.status !== '*').map(count)),
  },
  municipalities: {
    // The chosen municipality is marked in its row: "Gennep (gekozen)".
    cells: (t) => sorted(t.rows.map((r) => `${r[0]!.replace(/ \(gekozen\)$/, '')} | ${r[1]}`)),
    from: ({ year, domain }) => sorted(where('concerns', (r) => r.year === year && r.municipality !== '*' && r.domain === domain).map((r) => `${r.municipality} | ${count(r)}`)),
  },
}

// ---- The page ----

type Opened = { context: BrowserContext; page: Page; problems: string[]; requests: string[] }

/**
 * A fresh context and page at the dashboard; `problems` collects console errors (a CSP refusal among them) and
 * page errors, `requests` every URL the page asked for.
 */
async function open(query = '', options: { javaScript?: boolean; viewport?: { width: number; height: number }; context?: BrowserContext } = {}): Promise<Opened> {
  const context = options.context ?? (await browser.newContext({ locale: 'nl-NL', javaScriptEnabled: options.javaScript ?? true, viewport: options.viewport ?? DESKTOP }))
  const page = await context.newPage()
  const problems: string[] = []
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  await page.goto(`${server.url}/dashboard/${query}`)
  return { context, page, problems, requests }
}

const viewTitle = (page: Page, id: ViewId) => page.locator(`#view-${id}-title`).evaluate((h) => (h.lastChild?.textContent ?? '').trim())
const selectValue = (page: Page, name: string) => page.locator(`select[name="${name}"]`).inputValue()
const query = (page: Page) => new URL(page.url()).searchParams

function domTable(page: Page, id: ViewId): Promise<DomTable> {
  return page.locator(`#view-${id} table`).evaluate((table) => ({
    caption: table.querySelector('caption')?.textContent?.trim() ?? '',
    columns: Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent!.trim()),
    rows: Array.from(table.querySelectorAll('tbody tr')).map((tr) => Array.from(tr.children).map((cell) => cell.textContent!.trim())),
  }))
}

/** Every view has its chart drawn on the server, named by the title that states its finding, one drawing showing. */
async function expectEveryChartShown(page: Page) {
  for (const id of VIEWS) {
    const drawings = page.locator(`#view-${id} .view__chart > svg`)
    // One for a phone and one for a wide screen; the stylesheet shows one of them.
    expect(await drawings.count(), id).toBe(2)
    const shown = page.locator(`#view-${id} .view__chart > svg:visible`)
    expect(await shown.count(), `${id}: one drawing shows`).toBe(1)
    expect(await shown.getAttribute('role')).toBe('img')
    expect(await shown.getAttribute('aria-label')).toBe(await viewTitle(page, id))
    expect(await shown.getAttribute('style'), 'no inline style under the CSP').toBeNull()
    // Plot's mark groups ("bar", "rule", "text"), renamed data-mark because ARIA allows no names inside role="img".
    const marks = await shown.evaluate((element) => element.querySelectorAll('g[data-mark]:not([data-mark*="axis"]) :is(rect, path, line, text)').length)
    expect(marks, `marks in ${id}`).toBeGreaterThan(2)
  }
}

/** Every view's table is on the page (open, not folded away) and holds the numbers the Arrow API publishes for the same filters. */
async function expectTablesMatchArrow(page: Page, filters: Filters) {
  for (const id of VIEWS) {
    expect(await page.locator(`#view-${id} table`).isVisible(), `${id} table shows`).toBe(true)
    const table = await domTable(page, id)
    expect(table.rows.length, `${id} has rows for ${JSON.stringify(filters)}`).toBeGreaterThan(0)
    expect(EXPECTED[id].cells(table), `${id} for ${JSON.stringify(filters)}`).toEqual(EXPECTED[id].from(filters))
  }
}

/** Nothing on the page calls a withheld value "< 5" or "minder dan 5": a cell withheld to protect another is usually large. */
async function expectNoSmallNumberWording(page: Page) {
  const text = await page.evaluate(() => document.documentElement.textContent ?? '')
  const labels = await page.evaluate(() => Array.from(document.querySelectorAll('[aria-label], [aria-description]')).map((e) => `${e.getAttribute('aria-label')} ${e.getAttribute('aria-description') ?? ''}`).join(' '))
  for (const wording of [/<\s?5\b/, /minder dan 5\b/i, /fewer than 5\b/i]) expect(`${text} ${labels}`).not.toMatch(wording)
}

/** Keyboard only: focus the select and move through its options with the arrow keys (a closed select changes at once). */
async function chooseWithKeys(page: Page, name: string, wanted: string) {
  const select = page.locator(`select[name="${name}"]`)
  await select.focus()
  const options = await select.locator('option').evaluateAll((all) => all.map((o) => (o as HTMLOptionElement).value))
  const from = options.indexOf(await select.inputValue())
  const to = options.indexOf(wanted)
  expect(to, `${wanted} is an option of ${name}`).toBeGreaterThanOrEqual(0)
  for (let i = 0; i < Math.abs(to - from); i++) await page.keyboard.press(to > from ? 'ArrowDown' : 'ArrowUp')
  await expect.poll(() => select.inputValue()).toBe(wanted)
}

describe('the council dashboard, drawn on the server, statistics public', () => {
  it('without JavaScript shows every chart and table, with the published numbers, downloads and "you said, we did"', async () => {
    const { context, page, problems, requests } = await open('', { javaScript: false })
    try {
      // One request for the page, then only its stylesheet: no statistics are fetched by the browser.
      expect(requests.filter((url) => url.includes('/api/'))).toEqual([])
      expect(await page.locator('h1').count()).toBe(1)
      expect(await page.locator('h1').textContent()).toContain('Dashboard')
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl')
      // The latest year is the default.
      expect(await selectValue(page, 'jaar')).toBe('2025')
      expect(await selectValue(page, 'gemeente')).toBe('')
      expect(await selectValue(page, 'domein')).toBe('')
      expect(await selectValue(page, 'taal')).toBe('nl')
      await expectEveryChartShown(page)
      await expectTablesMatchArrow(page, { year: '2025', municipality: '*', domain: '*' })
      await expectNoSmallNumberWording(page)

      // Landmarks, one per kind, and a heading per view that states the finding.
      for (const role of ['banner', 'main', 'contentinfo'] as const) expect(await page.getByRole(role).count(), role).toBe(1)
      expect(await page.locator('main h2.view__title').count()).toBe(VIEWS.length)
      expect(await viewTitle(page, 'municipalities')).toMatch(/^Meeste meldingen (in 2025 )?uit /)
      for (const id of VIEWS) expect((await page.locator(`#view-${id} .view__summary`).textContent())!.length, id).toBeGreaterThan(20)

      // Downloads: every table as CSV and Parquet, and the annual report of the year.
      const csv = await page.request.get(`${server.url}${await page.locator('#view-kinds a', { hasText: 'CSV' }).first().getAttribute('href')}`)
      expect(csv.headers()['content-type']).toContain('text/csv')
      expect((await csv.text()).split('\n')[0]).toMatch(/^year,.*\bmunicipality\b.*\bkind\b.*\bconcerns\b/)
      const parquet = await page.request.get(`${server.url}${await page.locator('#view-kinds a', { hasText: 'Parquet' }).first().getAttribute('href')}`)
      expect(Buffer.from(await parquet.body()).subarray(0, 4).toString()).toBe('PAR1')
      expect(await page.getByRole('link', { name: 'Jaarverslag 2025 (PDF)' }).getAttribute('href')).toBe('/api/v1/reports/2025')
      expect(await page.locator('.downloads tbody tr').count()).toBe(Object.keys(arrow).length)
      const dataPackage = await page.request.get(`${server.url}${await page.getByRole('link', { name: /datapackage\.json/ }).getAttribute('href')}`)
      expect(((await dataPackage.json()) as { resources: unknown[] }).resources.length).toBeGreaterThan(0)
      expect(await page.locator('.responses .response').count()).toBeGreaterThan(0)

      // A strict CSP (no inline script or style) and nothing refused: Plot's <style> and style attributes are gone.
      const response = await page.request.get(`${server.url}/dashboard/`)
      const csp = response.headers()['content-security-policy']
      expect(csp).toContain("script-src 'self'")
      expect(csp).toContain("style-src 'self'")
      expect(csp).not.toContain('unsafe-inline')
      const body = await response.text()
      expect(body).not.toMatch(/<style|\sstyle="/)
      expect(body).not.toMatch(/<script(?![^>]*\ssrc=)/)
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  })

  it('withheld cells read "–" with the footnote, the same for every withheld cell', async () => {
    // A municipality and year with a withheld cell in a table the views show per municipality.
    const withheldRow = ['support', 'kinds', 'outcomes', 'channels', 'intake_channels'].flatMap((table) => where(table, (r) => r.suppressed === true && r.municipality !== '*'))[0]
    expect(withheldRow, 'the seeded publication withholds a cell').toBeDefined()
    const { context, page } = await open(`?${new URLSearchParams({ jaar: String(withheldRow!.year), gemeente: String(withheldRow!.municipality) })}`, { javaScript: false })
    try {
      const withheld = page.locator('td[data-withheld]')
      expect(await withheld.count()).toBeGreaterThan(0)
      for (const text of await withheld.allTextContents()) expect(text).toBe(WITHHELD)
      const view = page.locator('section.view', { has: page.locator('td[data-withheld]') }).first()
      expect(await view.locator('.view__note', { hasText: /^– afgeschermd/ }).textContent()).toBe('– afgeschermd: een klein aantal, of afgeschermd om een klein aantal te beschermen.')
      await expectNoSmallNumberWording(page)
      const published = arrow.concerns!.filter((r) => r.suppressed === false).map((r) => Number(r.concerns))
      expect(Math.min(...published)).toBeGreaterThanOrEqual(K)
    } finally {
      await context.close()
    }
  })

  it('without JavaScript the form loads the page for the choices; a link to choices without figures goes to the defaults', async () => {
    const { context, page, problems } = await open('', { javaScript: false })
    try {
      const municipality = (await page.locator('select[name="gemeente"] option').allTextContents())[1]!
      await page.locator('select[name="jaar"]').selectOption('2024')
      await page.locator('select[name="gemeente"]').selectOption(municipality)
      await page.locator('select[name="domein"]').selectOption('wmo')
      await Promise.all([page.waitForURL(/domein=wmo/), page.getByRole('button', { name: 'Toon de cijfers' }).click()])
      // The empty and default fields are left out of the address, so it can be shared as it is.
      expect(page.url()).toBe(`${server.url}/dashboard/?${new URLSearchParams({ jaar: '2024', gemeente: municipality, domein: 'wmo' })}`)
      expect(await selectValue(page, 'gemeente')).toBe(municipality)
      await expectEveryChartShown(page)
      await expectTablesMatchArrow(page, { year: '2024', municipality, domain: 'wmo' })
      expect(await page.title()).toContain(`2024, ${municipality}`)

      // English, through the same form: the words, the language of the page and the number formats change.
      const dutchShares = (await domTable(page, 'outcomes')).rows.map((r) => r[2]!)
      await page.locator('select[name="taal"]').selectOption('en')
      await Promise.all([page.waitForURL(/taal=en/), page.getByRole('button', { name: 'Toon de cijfers' }).click()])
      expect(await page.locator('h1').textContent()).toBe('Dashboard: what residents tell us')
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
      expect(await page.locator('label[for="filter-jaar"]').textContent()).toBe('Year')
      expect(await page.locator('#view-kinds .view__kicker').textContent()).toContain('Kinds of dissatisfaction')
      expect((await domTable(page, 'outcomes')).rows.map((r) => r[2]!)).toEqual(dutchShares.map((share) => share.replace(',', '.')))
      // The language link in the header leads back to Dutch with the same choices.
      await Promise.all([page.waitForURL((url) => !url.search.includes('taal')), page.getByRole('link', { name: 'Naar het Nederlands' }).click()])
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl')
      expect(query(page).get('domein')).toBe('wmo')
      // "Show everything" is a plain link to the defaults.
      await Promise.all([page.waitForURL(`${server.url}/dashboard/`), page.getByRole('link', { name: 'Alles tonen' }).click()])
      expect(await selectValue(page, 'jaar')).toBe('2025')

      await page.goto(`${server.url}/dashboard/?jaar=1999&gemeente=Nergenshuizen&domein=wmo`)
      expect(page.url()).toBe(`${server.url}/dashboard/?domein=wmo`)
      expect(await selectValue(page, 'jaar')).toBe('2025')
      expect(await selectValue(page, 'gemeente')).toBe('')
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  })

  it('with JavaScript a choice swaps in the new figures without a reload, by keyboard alone; focus stays, the change is announced, back and forward work', async () => {
    const { context, page, problems, requests } = await open()
    try {
      await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true))
      const notReloaded = () => page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true)
      // Keyboard: the skip link first, then on to the filters.
      await page.keyboard.press('Tab')
      expect((await focused(page)).text).toBe('Naar de inhoud')
      await page.keyboard.press('Enter')
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
      await tabTo(page, (f) => f.name === 'jaar', 'the year filter')

      const titleBefore = await viewTitle(page, 'kinds')
      await chooseWithKeys(page, 'jaar', '2024')
      await expect.poll(() => query(page).get('jaar')).toBe('2024')
      await expect.poll(() => viewTitle(page, 'kinds')).not.toBe(titleBefore)
      await expectTablesMatchArrow(page, { year: '2024', municipality: '*', domain: '*' })
      await expect.poll(() => page.locator('#dashboard-status').textContent()).toBe('U ziet nu: 2024, alle gemeenten, alle domeinen.')
      expect(await page.locator('#dashboard-status').getAttribute('role')).toBe('status')
      expect((await focused(page)).name).toBe('jaar')

      await page.keyboard.press('Tab')
      expect((await focused(page)).name).toBe('gemeente')
      const municipality = (await page.locator('select[name="gemeente"] option').allTextContents())[1]!
      await chooseWithKeys(page, 'gemeente', municipality)
      await expect.poll(() => query(page).get('gemeente')).toBe(municipality)
      await expect.poll(() => page.locator('#dashboard-status').textContent()).toContain(municipality)
      await expectTablesMatchArrow(page, { year: '2024', municipality, domain: '*' })

      await page.keyboard.press('Tab')
      expect((await focused(page)).name).toBe('domein')
      await chooseWithKeys(page, 'domein', 'wmo')
      await expect.poll(() => query(page).get('domein')).toBe('wmo')
      await expect.poll(() => page.locator('#dashboard-status').textContent()).toContain('Wmo')
      await expectTablesMatchArrow(page, { year: '2024', municipality, domain: 'wmo' })
      await expectEveryChartShown(page)
      expect((await focused(page)).name).toBe('domein')

      // Back: the domain goes; back again: the municipality goes; forward brings it back.
      await page.goBack()
      await expect.poll(() => selectValue(page, 'domein')).toBe('')
      expect(query(page).get('domein')).toBeNull()
      await expectTablesMatchArrow(page, { year: '2024', municipality, domain: '*' })
      await page.goBack()
      await expect.poll(() => selectValue(page, 'gemeente')).toBe('')
      await page.goForward()
      await expect.poll(() => selectValue(page, 'gemeente')).toBe(municipality)

      // "Alles tonen" clears the choices; focus moves to the first filter as the link goes away.
      await tabTo(page, (f) => f.text === 'Alles tonen', 'the reset link')
      await page.keyboard.press('Enter')
      await expect.poll(() => page.url()).toBe(`${server.url}/dashboard/`)
      await expect.poll(async () => (await focused(page)).name).toBe('jaar')
      expect(await selectValue(page, 'jaar')).toBe('2025')
      expect(await page.getByRole('link', { name: 'Alles tonen' }).count()).toBe(0)

      // A jump to a view through "On this page" changes only the hash: nothing is fetched again.
      const fetched = () => requests.filter((url) => new URL(url).pathname === '/dashboard/').length
      const before = fetched()
      await page.getByRole('navigation', { name: 'Op deze pagina' }).getByRole('link', { name: 'Soort onvrede' }).click()
      await expect.poll(() => new URL(page.url()).hash).toBe('#view-kinds')
      await page.goBack()
      await expect.poll(() => new URL(page.url()).hash).toBe('')
      await page.waitForTimeout(300)
      expect(fetched()).toBe(before)

      // The language: the whole page changes language, focus stays on the language field.
      await tabTo(page, (f) => f.name === 'taal', 'the language filter')
      await page.keyboard.press('ArrowDown')
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en')
      expect(await page.locator('h1').textContent()).toBe('Dashboard: what residents tell us')
      expect(await page.locator('label[for="filter-taal"]').textContent()).toBe('Language')
      expect((await focused(page)).name).toBe('taal')
      await expect.poll(() => page.locator('#dashboard-status').textContent()).toBe('You now see: 2025, all municipalities, all domains.')
      expect(query(page).get('taal')).toBe('en')

      expect(await notReloaded()).toBe(true)
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  })

  it('fits a phone: no sideways scrolling at 360 and 320 px, charts drawn for the width, wide tables scroll in their own named box', async () => {
    for (const viewport of [PHONE, SMALL_PHONE]) {
      const { context, page } = await open('?jaar=2024', { viewport })
      try {
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${viewport.width} px`).toBeLessThanOrEqual(viewport.width)
        for (const id of VIEWS) {
          const svg = page.locator(`#view-${id} .view__chart > svg:visible`)
          expect(await svg.getAttribute('class'), id).toContain('view__svg--narrow')
          // The drawing is not squeezed much below the width it was drawn for, so its text stays readable.
          expect((await svg.boundingBox())!.width, id).toBeGreaterThanOrEqual(0.85 * 328)
        }
        const boxes = page.locator('.table-scroll')
        for (let i = 0; i < (await boxes.count()); i++) {
          const box = boxes.nth(i)
          expect(await box.getAttribute('role')).toBe('region')
          expect(await box.getAttribute('tabindex')).toBe('0')
          expect(await box.evaluate((element) => element.getAttribute('aria-label') ?? document.getElementById(element.getAttribute('aria-labelledby') ?? '')?.textContent ?? '')).not.toBe('')
          expect(await box.evaluate((element) => getComputedStyle(element).overflowX)).toBe('auto')
        }
        // At least one table is wider than the phone and scrolls inside its box.
        expect(await boxes.evaluateAll((all) => all.some((element) => element.scrollWidth > element.clientWidth))).toBe(true)
      } finally {
        await context.close()
      }
    }
    const desktop = await open('?jaar=2024')
    try {
      expect(await desktop.page.locator('#view-kinds .view__chart > svg:visible').getAttribute('class')).toContain('view__svg--wide')
    } finally {
      await desktop.context.close()
    }
  })

  // axe takes several seconds on a page with sixteen drawings and all tables open.
  it('axe finds nothing at 360 px (in Dutch) and on a desktop (in English)', { timeout: 90_000 }, async () => {
    for (const [viewport, search] of [[PHONE, '?jaar=2024'], [DESKTOP, '?jaar=2024&taal=en']] as const) {
      const { context, page } = await open(search, { viewport })
      try {
        await expectNoAxeViolations(page, `the dashboard at ${viewport.width} px`)
      } finally {
        await context.close()
      }
    }
  })

  it('prints the charts and their tables without filters or buttons, one view per page', async () => {
    const { context, page } = await open()
    try {
      await page.locator('#view-kinds details > summary').click()
      expect(await page.locator('#view-kinds table').isVisible()).toBe(false)
      await page.emulateMedia({ media: 'print' })
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
      expect(await page.locator('form.filters').isVisible()).toBe(false)
      expect(await page.locator('#language-link').isVisible()).toBe(false)
      expect(await page.locator('.print-only').textContent()).toContain('2025')
      for (const id of VIEWS) {
        expect(await page.locator(`#view-${id} .view__chart > svg:visible`).getAttribute('class'), id).toContain('view__svg--wide')
        expect(await page.locator(`#view-${id} table`).isVisible(), id).toBe(true)
      }
      expect(await page.locator('#view-kinds').evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page')
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')))
      expect(await page.locator('#view-kinds details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false)
    } finally {
      await context.close()
    }
  })

  it('reads in a text browser: w3m shows the headings and the tables', async () => {
    const { stdout } = await promisify(execFile)('w3m', ['-dump', '-cols', '120', `${server.url}/dashboard/?jaar=2024`], { timeout: 20_000 })
    expect(stdout).toContain('Dashboard: wat inwoners ons vertellen')
    const { context, page } = await open('?jaar=2024', { javaScript: false })
    try {
      for (const id of VIEWS) expect(stdout, id).toContain((await domTable(page, id)).caption)
      const kinds = (await domTable(page, 'kinds')).rows[0]!
      expect(stdout).toMatch(new RegExp(kinds.map((cell) => cell.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+')))
    } finally {
      await context.close()
    }
  })
})

/** An account made with the CLI as an administrator would, finished and logged in over the API; returns a browser context with the session. */
async function signedIn(role: 'administrator' | 'council', email: string): Promise<{ context: BrowserContext; csrf: string }> {
  const url = server.url
  const created = await runCli(['user', 'add', '--email', email, '--role', role, '--name', `E2e ${role}`], { KLANKBORD_DATA_DIR: dataDir })
  expect(created.code, created.stderr).toBe(0)
  const token = /\/inbox\/#\/setup\/([\w-]+)/.exec(created.stdout)![1]!
  const post = (path: string, body: unknown) => fetch(`${url}/api/v1${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
  // Roles that see case data set up an authenticator app; the council role, which sees only figures, need not.
  const { totpSecret } = (await (await post('/auth/setup/start', { token })).json()) as { totpSecret?: string }
  const code = (at: number) => (totpSecret ? currentTotp(totpSecret, at) : undefined)
  const password = `een lange zin voor ${role}`
  expect((await post('/auth/setup/finish', { token, password, code: code(Date.now()) })).status).toBe(200)
  const context = await browser.newContext({ locale: 'nl-NL', viewport: DESKTOP })
  // The setup spent this time step's code; a code is accepted once, so log in with the next step's.
  const login = await context.request.post(`${url}/api/v1/auth/login`, { data: { email, password, code: code(Date.now() + 30_000) }, headers: { Origin: url } })
  expect(login.status()).toBe(200)
  return { context, csrf: ((await login.json()) as { csrfToken: string }).csrfToken }
}

describe('the council dashboard behind the login', () => {
  it('says how to log in, in Dutch and English, when the statistics are not public; a council session sees the figures', async () => {
    const admin = await signedIn('administrator', 'beheer.dashboard@example.nl')
    try {
      const closed = await admin.context.request.patch(`${server.url}/api/v1/admin/publication`, { data: { statisticsPublic: false }, headers: { 'X-CSRF-Token': admin.csrf, Origin: server.url } })
      expect(closed.status()).toBe(200)
    } finally {
      await admin.context.close()
    }

    for (const javaScript of [false, true]) {
      const anonymous = await open('?jaar=2024', { javaScript, viewport: PHONE })
      try {
        const main = anonymous.page.getByRole('main')
        expect(await main.locator('[lang="nl"] h2').textContent()).toBe('Log eerst in')
        expect(await main.locator('[lang="en"] h2').textContent()).toBe('Please log in first')
        expect(await anonymous.page.getByRole('link', { name: 'Inloggen' }).getAttribute('href')).toBe('/inbox/')
        expect(await anonymous.page.getByRole('link', { name: 'Log in' }).getAttribute('href')).toBe('/inbox/')
        expect(await main.textContent()).toContain('Raad en beleid')
        expect(await anonymous.page.locator('svg, table').count()).toBe(0)
        expect(await anonymous.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
        if (javaScript) {
          // The script asks once more with the session cookie, finds none, and leaves the notice as it is.
          await anonymous.page.waitForLoadState('networkidle')
          expect(await main.locator('[lang="nl"] h2').textContent()).toBe('Log eerst in')
          await expectNoAxeViolations(anonymous.page, 'the login notice')
          expect(anonymous.problems).toEqual([])
        }
      } finally {
        await anonymous.context.close()
      }
    }
    const english = await fetch(`${server.url}/dashboard/?taal=en`)
    expect(english.status).toBe(200)
    const html = await english.text()
    expect(html).toContain('<html lang="en">')
    expect(html.indexOf('Please log in first')).toBeLessThan(html.indexOf('Log eerst in'))

    // A council member, signed in at the inbox, finds the dashboard there and opens it with the keyboard.
    const council = await signedIn('council', 'raadslid.dashboard@example.nl')
    try {
      const page = await council.context.newPage()
      await page.goto(`${server.url}/inbox/`)
      const link = page.getByRole('link', { name: 'Open het dashboard' })
      await expect.poll(() => link.count(), { timeout: 10_000 }).toBe(1)
      await link.focus()
      await link.press('Enter')
      await page.waitForURL(`${server.url}/dashboard/`)
      await expectEveryChartShown(page)
      await expectTablesMatchArrow(page, { year: '2025', municipality: '*', domain: '*' })
    } finally {
      await council.context.close()
    }
  })
})
