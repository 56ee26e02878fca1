import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest'
import { buttonText, byName, focused, launchChromium, tabTo } from '../support/browser.js'
import { runCli, startServerProcess, type ServerProcess } from '../support/cli.js'

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const STORY = 'De huishoudelijke hulp is zonder uitleg van 4 naar 2 uur gegaan. Ik heb gebeld maar niemand belt terug.'
const EMAIL = 'e2e.bewoner@example.nl'

let server: ServerProcess
let dataDir: string
let browser: Browser
let context: BrowserContext
let page: Page
let requests: string[]

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'klankbord-e2e-'))
  server = await startServerProcess({ KLANKBORD_DATA_DIR: dataDir })
  browser = await launchChromium()
}, 60_000)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
  rmSync(dataDir, { recursive: true, force: true })
})
beforeEach(async () => {
  context = await browser.newContext({ locale: 'nl-NL' })
  page = await context.newPage()
  requests = []
  page.on('request', (request) => requests.push(request.url()))
})
afterEach(() => context.close())

async function expectNoAxeViolations(step: string) {
  const results = await new AxeBuilder({ page }).include('klankbord-widget:not([mode="launcher"])').withTags(WCAG_22_AA).analyze()
  const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  expect(violations, `axe at ${step}`).toEqual([])
}

const widget = () => page.locator('klankbord-widget:not([mode="launcher"])')
const title = () => widget().locator('.title')

async function next() {
  await tabTo(page, buttonText(/^(Volgende|Terug naar controleren)$/), 'the Next button')
  await page.keyboard.press('Enter')
}

/** Walks the demo form from the start to the review step using only the keyboard, checking accessibility at each step. */
async function fillInWithKeyboard() {
  await page.goto(`${server.url}/`)
  await expect.poll(() => widget().locator('button.primary').textContent()).toContain('Start')
  await expectNoAxeViolations('intro')
  await tabTo(page, buttonText('Start'), 'Start')
  await page.keyboard.press('Enter')

  await expect.poll(() => title().textContent()).toContain('Stap 1 van 6')
  expect((await focused(page)).tag).toBe('h2')
  await expectNoAxeViolations('step 1')
  await tabTo(page, byName('domain'), 'the first domain')
  await page.keyboard.press('Space')
  await next()

  await expect.poll(() => title().textContent()).toContain('Stap 2 van 6')
  await expectNoAxeViolations('step 2')
  await tabTo(page, byName('kinds'), 'the first kind')
  await page.keyboard.press('Space')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Space')
  await tabTo(page, byName('description'), 'the description')
  await page.keyboard.type(STORY)
  await tabTo(page, byName('organisation'), 'the organisation')
  await page.keyboard.type('Wmo-loket')
  await next()

  await expect.poll(() => title().textContent()).toContain('Stap 3 van 6')
  await expectNoAxeViolations('step 3')
  await tabTo(page, byName('wish'), 'the first wish')
  await page.keyboard.press('ArrowDown')
  await next()

  await expect.poll(() => title().textContent()).toContain('Stap 4 van 6')
  await tabTo(page, byName('contactMode'), 'the contact modes')
  await page.keyboard.press('ArrowDown')
  await expect.poll(async () => widget().locator('input[name="email"]').count()).toBe(1)
  await expectNoAxeViolations('step 4')
  await tabTo(page, byName('email'), 'the email field')
  await page.keyboard.type(EMAIL)
  await next()

  await expect.poll(() => title().textContent()).toContain('Stap 5 van 6')
  await expectNoAxeViolations('step 5')
  await tabTo(page, byName('consent'), 'the consent checkbox')
  await page.keyboard.press('Space')
  expect((await focused(page)).checked).toBe(true)
  await next()

  await expect.poll(() => title().textContent()).toContain('Stap 6 van 6')
  await expectNoAxeViolations('review')
  expect(await widget().locator('.review').first().textContent()).toContain('Hulp en zorg thuis (Wmo)')
}

async function sendWithKeyboard(label: RegExp = /^Versturen$/) {
  await tabTo(page, buttonText(label), 'the Send button')
  await page.keyboard.press('Enter')
}

async function confirmation(): Promise<{ reference: string; code: string }> {
  const codes = widget().locator('[part="confirmation"] dd.code')
  await expect.poll(() => codes.count(), { timeout: 20_000 }).toBe(2)
  return { reference: (await codes.nth(0).textContent())!.trim(), code: (await codes.nth(1).textContent())!.trim() }
}

async function listedReferences(): Promise<string[]> {
  const result = await runCli(['concerns', 'list', '--json'], { KLANKBORD_DATA_DIR: dataDir })
  expect(result.code, result.stderr).toBe(0)
  return (JSON.parse(result.stdout) as { reference: string }[]).map((row) => row.reference)
}

describe('the widget in headless Chromium on the demo page', () => {
  it('can be completed with the keyboard alone, shows a reference, and the concern is listed by the CLI', async () => {
    await fillInWithKeyboard()
    await sendWithKeyboard()
    const { reference, code } = await confirmation()
    expect(reference).toMatch(/^KB-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/)
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$/)
    expect((await focused(page)).tag).toBe('h2')
    await expectNoAxeViolations('confirmation')

    expect(await listedReferences()).toContain(reference)

    const follow = await fetch(`${server.url}/api/v1/concerns/${reference}`, { headers: { 'Follow-Up-Code': code } })
    expect(follow.status).toBe(200)
  })

  it('keeps every answer after a network error and sends once on retry, also when only the answer was lost', async () => {
    await fillInWithKeyboard()
    const before = (await listedReferences()).length

    // First attempt: the request never reaches the server.
    await page.route('**/api/v1/concerns', (route) => route.abort('internetdisconnected'), { times: 1 })
    await sendWithKeyboard()
    await expect.poll(() => widget().locator('#send-error').textContent()).toContain('Uw antwoorden zijn bewaard')
    expect(await widget().locator('.review').nth(1).textContent()).toContain(STORY)

    // Second attempt: the server stores the concern, but its answer is lost on the way back.
    await page.route(
      '**/api/v1/concerns',
      async (route) => {
        await route.fetch()
        await route.abort('connectionreset')
      },
      { times: 1 },
    )
    await sendWithKeyboard(/^Opnieuw versturen$/)
    await expect.poll(() => widget().locator('#send-error').count()).toBe(1)
    await expect.poll(async () => (await listedReferences()).length).toBe(before + 1)

    // Third attempt goes through and gets the answer of the concern stored by the second.
    await sendWithKeyboard(/^Opnieuw versturen$/)
    const { reference } = await confirmation()
    const references = await listedReferences()
    expect(references).toHaveLength(before + 1)
    expect(references).toContain(reference)
  })

  it('uses no cookies or storage and talks to no other origin', async () => {
    await fillInWithKeyboard()
    await sendWithKeyboard()
    await confirmation()
    expect(await context.cookies()).toEqual([])
    const storage = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
      cookie: document.cookie,
    }))
    expect(storage).toEqual({ local: 0, session: 0, databases: 0, caches: 0, cookie: '' })
    const origins = new Set(requests.map((url) => new URL(url).origin))
    expect([...origins]).toEqual([server.url])
  })
})
