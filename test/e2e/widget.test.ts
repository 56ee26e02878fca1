import AxeBuilder from '@axe-core/playwright'
import { describe, expect, it } from 'vitest'
import { buttonText, byName, focused, tabTo } from '../support/browser.js'
import { runCli } from '../support/cli.js'
import { useServerAndBrowser, WCAG_22_AA } from '../support/e2e.js'

const STORY = 'De huishoudelijke hulp is zonder uitleg van 4 naar 2 uur gegaan. Ik heb gebeld maar niemand belt terug.'
const EMAIL = 'e2e.bewoner@example.nl'

const e2e = useServerAndBrowser('widget')

async function expectNoAxeViolations(step: string) {
  const results = await new AxeBuilder({ page: e2e.page }).include('klankbord-widget:not([mode="launcher"])').withTags(WCAG_22_AA).analyze()
  const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  expect(violations, `axe at ${step}`).toEqual([])
}

const widget = () => e2e.page.locator('klankbord-widget:not([mode="launcher"])')
const title = () => widget().locator('.title')

async function next() {
  await tabTo(e2e.page, buttonText(/^(Volgende|Terug naar controleren)$/), 'the Next button')
  await e2e.page.keyboard.press('Enter')
}

/** Walks the demo form from the start to the review step using only the keyboard, checking accessibility at each step. */
async function fillInWithKeyboard() {
  await e2e.page.goto(`${e2e.server.url}/`)
  await expect.poll(() => widget().locator('button.primary').textContent()).toContain('Start')
  await expectNoAxeViolations('intro')
  await tabTo(e2e.page, buttonText('Start'), 'Start')
  await e2e.page.keyboard.press('Enter')

  await expect.poll(() => title().textContent()).toContain('Stap 1 van 6')
  expect((await focused(e2e.page)).tag).toBe('h2')
  await expectNoAxeViolations('step 1')
  await tabTo(e2e.page, byName('domain'), 'the first domain')
  await e2e.page.keyboard.press('Space')
  await next()

  await expect.poll(() => title().textContent()).toContain('Stap 2 van 6')
  await expectNoAxeViolations('step 2')
  await tabTo(e2e.page, byName('kinds'), 'the first kind')
  await e2e.page.keyboard.press('Space')
  await e2e.page.keyboard.press('Tab')
  await e2e.page.keyboard.press('Space')
  await tabTo(e2e.page, byName('description'), 'the description')
  await e2e.page.keyboard.type(STORY)
  await tabTo(e2e.page, byName('organisation'), 'the organisation')
  await e2e.page.keyboard.type('Wmo-loket')
  await next()

  await expect.poll(() => title().textContent()).toContain('Stap 3 van 6')
  await expectNoAxeViolations('step 3')
  await tabTo(e2e.page, byName('wish'), 'the first wish')
  await e2e.page.keyboard.press('ArrowDown')
  await next()

  await expect.poll(() => title().textContent()).toContain('Stap 4 van 6')
  await tabTo(e2e.page, byName('contactMode'), 'the contact modes')
  await e2e.page.keyboard.press('ArrowDown')
  await expect.poll(async () => widget().locator('input[name="email"]').count()).toBe(1)
  await expectNoAxeViolations('step 4')
  await tabTo(e2e.page, byName('email'), 'the email field')
  await e2e.page.keyboard.type(EMAIL)
  await next()

  await expect.poll(() => title().textContent()).toContain('Stap 5 van 6')
  await expectNoAxeViolations('step 5')
  await tabTo(e2e.page, byName('consent'), 'the consent checkbox')
  await e2e.page.keyboard.press('Space')
  expect((await focused(e2e.page)).checked).toBe(true)
  await next()

  await expect.poll(() => title().textContent()).toContain('Stap 6 van 6')
  await expectNoAxeViolations('review')
  expect(await widget().locator('.review').first().textContent()).toContain('Hulp en zorg thuis (Wmo)')
}

async function sendWithKeyboard(label: RegExp = /^Versturen$/) {
  await tabTo(e2e.page, buttonText(label), 'the Send button')
  await e2e.page.keyboard.press('Enter')
}

async function confirmation(): Promise<{ reference: string; code: string }> {
  const codes = widget().locator('[part="confirmation"] dd.code')
  await expect.poll(() => codes.count(), { timeout: 20_000 }).toBe(2)
  return { reference: (await codes.nth(0).textContent())!.trim(), code: (await codes.nth(1).textContent())!.trim() }
}

async function listedReferences(): Promise<string[]> {
  const result = await runCli(['concerns', 'list', '--json'], { KLANKBORD_DATA_DIR: e2e.dataDir })
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
    expect((await focused(e2e.page)).tag).toBe('h2')
    await expectNoAxeViolations('confirmation')

    expect(await listedReferences()).toContain(reference)

    const follow = await fetch(`${e2e.server.url}/api/v1/concerns/${reference}`, { headers: { 'Follow-Up-Code': code } })
    expect(follow.status).toBe(200)
  })

  it('keeps every answer after a network error and sends once on retry, also when only the answer was lost', async () => {
    await fillInWithKeyboard()
    const before = (await listedReferences()).length

    // First attempt: the request never reaches the e2e.server.
    await e2e.page.route('**/api/v1/concerns', (route) => route.abort('internetdisconnected'), { times: 1 })
    await sendWithKeyboard()
    await expect.poll(() => widget().locator('#send-error').textContent()).toContain('Uw antwoorden zijn bewaard')
    expect(await widget().locator('.review').nth(1).textContent()).toContain(STORY)

    // Second attempt: the server stores the concern, but its answer is lost on the way back.
    await e2e.page.route(
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
    expect(await e2e.context.cookies()).toEqual([])
    const storage = await e2e.page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
      cookie: document.cookie,
    }))
    expect(storage).toEqual({ local: 0, session: 0, databases: 0, caches: 0, cookie: '' })
    const origins = new Set(e2e.requests.map((request) => new URL(request.url()).origin))
    expect([...origins]).toEqual([e2e.server.url])
  })
})
