import { describe, expect, it } from 'vitest'
import { focused } from '../support/browser.js'
import { runCli } from '../support/cli.js'
import { axeViolations } from '../support/axe.js'
import { useServerAndBrowser } from '../support/e2e.js'
import { fillInWidgetWithKeyboard, sendWidgetWithKeyboard, widgetConfirmation, widgetOf } from '../support/widget-flow.js'

const STORY = 'De huishoudelijke hulp is zonder uitleg van 4 naar 2 uur gegaan. Ik heb gebeld maar niemand belt terug.'
const EMAIL = 'e2e.bewoner@example.nl'

const e2e = useServerAndBrowser('widget')

async function expectNoAxeViolations(step: string) {
  expect(await axeViolations(e2e.page, 'klankbord-widget:not([mode="launcher"])'), `axe at ${step}`).toEqual([])
}

const widget = () => widgetOf(e2e.page)
const fillInWithKeyboard = () => fillInWidgetWithKeyboard(e2e.page, e2e.server.url, { story: STORY, email: EMAIL }, expectNoAxeViolations)
const sendWithKeyboard = (label?: RegExp) => sendWidgetWithKeyboard(e2e.page, label)
const confirmation = () => widgetConfirmation(e2e.page)

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
    // The code is shown in a fixed-width font so that 0 and O, 1 and I are told apart; that style loads with the steps.
    expect(await widget().locator('dd.code').first().evaluate((element) => getComputedStyle(element).fontFamily)).toMatch(/monospace/)
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
    // The review's styles come with the steps' chunk, not with the page load; they must still apply.
    expect(await widget().locator('.review').nth(1).evaluate((element) => getComputedStyle(element).borderBottomWidth)).toBe('1px')

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
