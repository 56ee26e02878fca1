import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { DOMAIN_LABELS, KIND_LABELS, OUTCOME_LABELS } from '@klankbord/contract/labels'
import { tableFromIPC } from 'apache-arrow'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { currentTotp } from '../../api/src/security/totp.js'
import { focused, launchChromium, tabTo } from '../support/browser.js'
import { runCli, startServerProcess, type ServerProcess } from '../support/cli.js'
import { WCAG_22_AA } from '../support/e2e.js'

/** The smallest published count (KLANKBORD_MIN_CELL's default). */
const K = 5
const VIEWS = ['over-time', 'kinds', 'wishes-support', 'outcomes', 'durations', 'channels', 'signals', 'municipalities'] as const
type ViewId = (typeof VIEWS)[number]
type Row = Record<string, unknown>
type Filters = { year: string; municipality: string; domain: string }
type DomTable = { caption: string; columns: string[]; rows: string[][] }

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

// ---- What the tables must say, from the Arrow rows (numbers formatted the Dutch way, suppressed as "< k") ----

const integer = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 })
const decimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 })
const count = (row: Row): string => (row.suppressed === true || row.concerns === null ? `< ${K}` : integer.format(Number(row.concerns)))
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
    cells: (t) => sorted(t.rows.map((r) => r[1]!)),
    // Channels are published per year and municipality only: the domain filter does not narrow them.
    from: ({ year, municipality }) => sorted(where('channels', (r) => r.year === year && r.municipality === municipality && r.partner_kind !== '*').map(count)),
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

/** A fresh context and page at the dashboard; `problems` collects console errors (a CSP refusal among them) and page errors. */
async function open(query = '', options: { locale?: string; waitForCharts?: boolean } = {}): Promise<Opened> {
  const context = await browser.newContext({ locale: options.locale ?? 'nl-NL' })
  const page = await context.newPage()
  const problems: string[] = []
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  await page.goto(`${server.url}/dashboard${query}`)
  if (options.waitForCharts !== false) await chartsDrawn(page)
  return { context, page, problems, requests }
}

async function chartsDrawn(page: Page): Promise<void> {
  await expect.poll(() => page.locator('kb-chart-section section.view').count(), { timeout: 15_000 }).toBe(VIEWS.length)
}

async function expectNoAxeViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()
  expect(results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `axe on ${where}`).toEqual([])
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

/** Every view draws an SVG with marks, named by the title that states its finding. */
async function expectEveryChartDrawn(page: Page) {
  for (const id of VIEWS) {
    const svg = page.locator(`#view-${id} .view__chart > svg`)
    expect(await svg.count(), id).toBe(1)
    expect(await svg.getAttribute('role')).toBe('img')
    expect(await svg.getAttribute('aria-label')).toBe(await viewTitle(page, id))
    // Plot's mark groups ("bar", "rule", "text"), renamed data-mark because ARIA allows no names inside role="img".
    const marks = await svg.evaluate((element) => element.querySelectorAll('g[data-mark]:not([data-mark*="axis"]) :is(rect, path, line, text)').length)
    expect(marks, `marks in ${id}`).toBeGreaterThan(2)
  }
}

/** The table alternative of every view holds the numbers the Arrow API publishes for the same filters. */
async function expectTablesMatchArrow(page: Page, filters: Filters) {
  for (const id of VIEWS) {
    const table = await domTable(page, id)
    expect(table.rows.length, `${id} has rows for ${JSON.stringify(filters)}`).toBeGreaterThan(0)
    expect(EXPECTED[id].cells(table), `${id} for ${JSON.stringify(filters)}`).toEqual(EXPECTED[id].from(filters))
  }
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

describe('the council dashboard in headless Chromium, statistics public', () => {
  it('loads, draws all eight views with their findings, and the tables hold the published numbers; axe finds nothing', async () => {
    const { context, page, problems, requests } = await open()
    try {
      // Only published statistics, each fetched once: the page's preloads are the very requests the script reads.
      const api = requests.filter((url) => url.includes('/api/'))
      expect(api.every((url) => new URL(url).pathname.startsWith('/api/v1/statistics'))).toBe(true)
      expect(api).toHaveLength(new Set(api).size)
      expect(api).toHaveLength(11) // the list and the ten tables and lists the views read
      expect(await page.locator('h1').count()).toBe(1)
      expect(await page.locator('h1').textContent()).toContain('Dashboard')
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl')
      // The latest year is the default.
      expect(await selectValue(page, 'jaar')).toBe('2025')
      expect(await selectValue(page, 'gemeente')).toBe('')
      expect(await selectValue(page, 'domein')).toBe('')
      await expectEveryChartDrawn(page)
      await expectTablesMatchArrow(page, { year: '2025', municipality: '*', domain: '*' })

      // Landmarks, one per kind, and a heading per view that states the finding.
      for (const role of ['banner', 'main', 'contentinfo'] as const) expect(await page.getByRole(role).count(), role).toBe(1)
      expect(await page.locator('main h2.view__title').count()).toBe(VIEWS.length)
      expect(await viewTitle(page, 'municipalities')).toMatch(/^Meeste meldingen uit /)

      // Summaries and downloads: every table as CSV and Parquet, and the annual report of the year.
      for (const id of VIEWS) expect((await page.locator(`#view-${id} .view__summary`).textContent())!.length, id).toBeGreaterThan(20)
      const csv = await page.request.get(`${server.url}${await page.locator('#view-kinds a', { hasText: 'CSV' }).first().getAttribute('href')}`)
      expect(csv.headers()['content-type']).toContain('text/csv')
      expect((await csv.text()).split('\n')[0]).toBe('year,municipality,kind,concerns,suppressed')
      const parquet = await page.request.get(`${server.url}${await page.locator('#view-kinds a', { hasText: 'Parquet' }).first().getAttribute('href')}`)
      expect(Buffer.from(await parquet.body()).subarray(0, 4).toString()).toBe('PAR1')
      expect(await page.getByRole('link', { name: 'Jaarverslag 2025 (PDF)' }).getAttribute('href')).toBe('/api/v1/reports/2025')
      expect(await page.locator('kb-dashboard-downloads tbody tr').count()).toBe(Object.keys(arrow).length)

      // "You said, we did": signals shared with the municipality, with its response.
      expect(await page.locator('kb-signal-responses .response').count()).toBeGreaterThan(0)

      await expectNoAxeViolations(page, 'the dashboard')
      await page.locator('#view-kinds details > summary').click()
      await expectNoAxeViolations(page, 'the dashboard with a table open')
      // A strict CSP (no inline script or style) refuses nothing: Plot's <style> element is not put on the page.
      const csp = (await page.request.get(`${server.url}/dashboard/`)).headers()['content-security-policy']
      expect(csp).toContain("script-src 'self'")
      expect(csp).not.toContain('unsafe-inline')
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  })

  it('suppressed cells read "< 5" with the one-line explanation, never 0', async () => {
    const { context, page } = await open('?jaar=2025')
    try {
      const suppressed = page.locator('td[data-suppressed]')
      expect(await suppressed.count()).toBeGreaterThan(0)
      for (const text of await suppressed.allTextContents()) expect(text).toBe('< 5')
      const withSuppression = page.locator('section.view', { has: page.locator('td[data-suppressed]') }).first()
      expect(await withSuppression.locator('.view__note').textContent()).toBe('< 5 betekent: minder dan 5. Dat precieze aantal tonen we niet, zodat niemand herkenbaar is.')
      // Every suppressed cell of the Arrow data for this year is "< 5" in the tables, and no published count is below 5.
      const published = arrow.concerns!.filter((r) => r.suppressed === false).map((r) => Number(r.concerns))
      expect(Math.min(...published)).toBeGreaterThanOrEqual(K)
    } finally {
      await context.close()
    }
  })

  it('each filter changes the charts and the URL, by keyboard alone; back and forward work; a shared link restores them', async () => {
    const { context, page, problems } = await open()
    try {
      // Keyboard: the skip link first, then on to the filters.
      await page.keyboard.press('Tab')
      expect((await focused(page)).text).toBe('Naar de inhoud')
      await page.keyboard.press('Enter')
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
      await tabTo(page, (f) => f.name === 'jaar', 'the year filter')

      const titleBefore = await viewTitle(page, 'kinds')
      const svgBefore = await page.locator('#view-kinds svg').evaluate((svg) => svg.outerHTML)
      await chooseWithKeys(page, 'jaar', '2024')
      await expect.poll(() => query(page).get('jaar')).toBe('2024')
      await expect.poll(() => viewTitle(page, 'kinds')).not.toBe(titleBefore)
      expect(await page.locator('#view-kinds svg').evaluate((svg) => svg.outerHTML)).not.toBe(svgBefore)
      await expectTablesMatchArrow(page, { year: '2024', municipality: '*', domain: '*' })
      expect(await page.locator('p.live-status').textContent()).toContain('2024')

      await page.keyboard.press('Tab')
      expect((await focused(page)).name).toBe('gemeente')
      const municipality = (await page.locator('select[name="gemeente"] option').allTextContents())[1]!
      const channelsBefore = await domTable(page, 'channels')
      await chooseWithKeys(page, 'gemeente', municipality)
      await expect.poll(() => query(page).get('gemeente')).toBe(municipality)
      await expect.poll(async () => (await domTable(page, 'channels')).rows).not.toEqual(channelsBefore.rows)
      expect(await viewTitle(page, 'over-time')).toBeTruthy()
      await expectTablesMatchArrow(page, { year: '2024', municipality, domain: '*' })

      await page.keyboard.press('Tab')
      expect((await focused(page)).name).toBe('domein')
      const overTimeBefore = await domTable(page, 'over-time')
      await chooseWithKeys(page, 'domein', 'wmo')
      await expect.poll(() => query(page).get('domein')).toBe('wmo')
      await expect.poll(async () => (await domTable(page, 'over-time')).rows.length).toBeLessThan(overTimeBefore.rows.length)
      await expectTablesMatchArrow(page, { year: '2024', municipality, domain: 'wmo' })
      await expectEveryChartDrawn(page)

      // Open a table with the keyboard: Tab to its summary, press Enter; the table region is next in the Tab order.
      await tabTo(page, (f) => f.tag === 'summary' && f.text.startsWith('Tabel met de cijfers'), 'the first table toggle')
      await page.keyboard.press('Enter')
      expect(await page.locator('#view-over-time details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true)
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('region')
      expect(await page.locator('#view-over-time table').isVisible()).toBe(true)

      // Back: the domain goes; back again: the municipality goes; forward brings it back.
      await page.goBack()
      await expect.poll(() => query(page).get('domein')).toBeNull()
      await expect.poll(() => selectValue(page, 'domein')).toBe('')
      await expectTablesMatchArrow(page, { year: '2024', municipality, domain: '*' })
      await page.goBack()
      await expect.poll(() => selectValue(page, 'gemeente')).toBe('')
      await page.goForward()
      await expect.poll(() => selectValue(page, 'gemeente')).toBe(municipality)

      // "Alles tonen" clears the choices; focus moves to the first filter as the button goes away.
      await page.locator('select[name="domein"]').focus()
      await page.keyboard.press('Tab')
      expect((await focused(page)).text).toBe('Alles tonen')
      await page.keyboard.press('Enter')
      await expect.poll(() => page.url()).toBe(`${server.url}/dashboard/`)
      expect((await focused(page)).name).toBe('jaar')
      expect(await selectValue(page, 'jaar')).toBe('2025')
      expect(await page.getByRole('button', { name: 'Alles tonen' }).count()).toBe(0)

      // A shared link shows the same choices in another browser.
      const shared = `?jaar=2024&gemeente=${encodeURIComponent(municipality)}&domein=wmo`
      const other = await open(shared)
      try {
        expect(await selectValue(other.page, 'jaar')).toBe('2024')
        expect(await selectValue(other.page, 'gemeente')).toBe(municipality)
        expect(await selectValue(other.page, 'domein')).toBe('wmo')
        await expectTablesMatchArrow(other.page, { year: '2024', municipality, domain: 'wmo' })
        await expectNoAxeViolations(other.page, 'a shared link with filters')
      } finally {
        await other.context.close()
      }
      // A link with a choice that has no figures falls back to the defaults instead of showing nothing.
      const stale = await open('?jaar=1999&gemeente=Nergenshuizen&domein=wmo')
      try {
        expect(await selectValue(stale.page, 'jaar')).toBe('2025')
        expect(await selectValue(stale.page, 'gemeente')).toBe('')
        expect(query(stale.page).toString()).toBe('domein=wmo')
      } finally {
        await stale.context.close()
      }
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  })

  it('speaks English with ?taal=en and through the language switch, with English number formats', async () => {
    const { context, page } = await open('?jaar=2024')
    try {
      const dutchShares = (await domTable(page, 'outcomes')).rows.map((r) => r[2]!)
      expect(dutchShares.some((share) => /\d,\d/.test(share))).toBe(true)
      await tabTo(page, (f) => f.tag === 'button' && f.text === 'English', 'the language switch')
      await page.keyboard.press('Enter')
      await expect.poll(() => page.locator('h1').textContent()).toBe('Dashboard: what residents tell us')
      expect(query(page).get('taal')).toBe('en')
      expect(query(page).get('jaar')).toBe('2024')
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
      expect(await page.locator('label[for="filter-jaar"]').textContent()).toBe('Year')
      expect(await page.locator('#view-kinds .view__kicker').textContent()).toContain('Kinds of dissatisfaction')
      expect(await page.locator('#view-over-time .view__summary').textContent()).toMatch(/^How many concerns came in per period/)
      // The same shares, written the English way: "37.9%" where Dutch writes "37,9%".
      expect((await domTable(page, 'outcomes')).rows.map((r) => r[2]!)).toEqual(dutchShares.map((share) => share.replace(',', '.')))
      await expectNoAxeViolations(page, 'the dashboard in English')
      // Back to Dutch with the same button, now labelled in Dutch.
      await page.getByRole('button', { name: 'Naar het Nederlands' }).press('Enter')
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('nl')
      expect(query(page).get('taal')).toBeNull()

      const english = await open('?taal=en&jaar=2024')
      try {
        expect(await english.page.locator('h1').textContent()).toBe('Dashboard: what residents tell us')
        expect(await english.page.locator('#view-municipalities svg').getAttribute('aria-label')).toMatch(/^Most concerns/)
        expect(await english.page.locator('select[name="gemeente"] option').first().textContent()).toBe('All municipalities')
      } finally {
        await english.context.close()
      }
    } finally {
      await context.close()
    }
  })

  it('prints the charts and their tables without filters or buttons, one view per page', async () => {
    const { context, page } = await open()
    try {
      await page.emulateMedia({ media: 'print' })
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
      expect(await page.locator('form.filters').isVisible()).toBe(false)
      expect(await page.getByRole('button', { name: 'English' }).isVisible()).toBe(false)
      expect(await page.locator('.print-only').textContent()).toContain('2025')
      for (const id of VIEWS) {
        expect(await page.locator(`#view-${id} svg`).first().isVisible(), id).toBe(true)
        expect(await page.locator(`#view-${id} table`).isVisible(), id).toBe(true)
      }
      expect(await page.locator('#view-kinds').evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page')
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')))
      expect(await page.locator('#view-kinds details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false)
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
  const context = await browser.newContext({ locale: 'nl-NL' })
  // The setup spent this time step's code; a code is accepted once, so log in with the next step's.
  const login = await context.request.post(`${url}/api/v1/auth/login`, { data: { email, password, code: code(Date.now() + 30_000) }, headers: { Origin: url } })
  expect(login.status()).toBe(200)
  return { context, csrf: ((await login.json()) as { csrfToken: string }).csrfToken }
}

describe('the council dashboard behind the login', () => {
  it('says to log in when the statistics are not public, links to the inbox, and works with a council session', async () => {
    const admin = await signedIn('administrator', 'beheer.dashboard@example.nl')
    try {
      const closed = await admin.context.request.patch(`${server.url}/api/v1/admin/publication`, { data: { statisticsPublic: false }, headers: { 'X-CSRF-Token': admin.csrf, Origin: server.url } })
      expect(closed.status()).toBe(200)
    } finally {
      await admin.context.close()
    }

    const anonymous = await open('?jaar=2024', { waitForCharts: false })
    try {
      const notice = anonymous.page.getByRole('alert')
      await expect.poll(() => notice.count(), { timeout: 10_000 }).toBe(1)
      expect(await notice.textContent()).toContain('Log eerst in')
      expect(await anonymous.page.getByRole('link', { name: 'Inloggen' }).getAttribute('href')).toBe('/inbox/')
      expect(await anonymous.page.locator('kb-chart-section').count()).toBe(0)
      await expectNoAxeViolations(anonymous.page, 'the login notice')
    } finally {
      await anonymous.context.close()
    }

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
      await chartsDrawn(page)
      await expectEveryChartDrawn(page)
      await expectTablesMatchArrow(page, { year: '2025', municipality: '*', domain: '*' })
    } finally {
      await council.context.close()
    }
  })
})
