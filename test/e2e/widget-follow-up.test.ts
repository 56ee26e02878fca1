import { readFileSync } from 'node:fs'
import type { ConcernCreated, ConcernDataCopy } from '@klankbord/contract'
import { describe, expect, it } from 'vitest'
import { buttonText, byName, focused, tabTo, type Focused } from '../support/browser.js'
import { concernBody, postConcern, solvedPow } from '../support/concern-body.js'
import { axeViolations } from '../support/axe.js'
import { useServerAndBrowser } from '../support/e2e.js'

const STORY = 'Mijn zoon krijgt sinds de zomer geen vervoer meer naar school. Ik heb twee keer gemaild maar krijg geen antwoord.'
const EMAIL = 'e2e.volgen@example.nl'
const REPLY = 'Dank u. U kunt mij bellen op dinsdag.\nNa 14 uur ben ik thuis.'
const SECOND_REPLY = 'Woensdag kan ook.'

const e2e = useServerAndBrowser('follow-up', { acceptDownloads: true })

const WIDGET = 'klankbord-widget:not([mode="launcher"])'
const widget = () => e2e.page.locator(WIDGET)
const title = () => widget().locator('.title')
const linkText = (text: string) => (f: Focused) => f.tag === 'a' && f.text === text

async function expectNoAxeViolations(state: string) {
  expect(await axeViolations(e2e.page, WIDGET), `axe at ${state}`).toEqual([])
}

/** A new state shows its heading and moves focus to it, so a screen reader starts reading there. */
async function expectState(heading: string) {
  await expect.poll(() => title().textContent(), { timeout: 10_000 }).toContain(heading)
  await expect.poll(async () => (await focused(e2e.page)).tag).toBe('h2')
  await expectNoAxeViolations(heading)
}

async function press(what: (f: Focused) => boolean, label: string) {
  await tabTo(e2e.page, what, label)
  await e2e.page.keyboard.press('Enter')
}

/** The intake on the demo e2e.page, keyboard only, with an e-mail address so the data copy has contact details. */
async function raiseConcernWithKeyboard(): Promise<{ reference: string; code: string }> {
  await e2e.page.goto(`${e2e.server.url}/`)
  await expect.poll(() => widget().locator('button.primary').textContent()).toContain('Start')
  await press(buttonText('Start'), 'Start')
  const next = () => press(buttonText('Volgende'), 'Next')
  await expect.poll(() => title().textContent()).toContain('Stap 1 van 6')
  await tabTo(e2e.page, byName('domain'), 'the first domain')
  await e2e.page.keyboard.press('Space')
  await next()
  await expect.poll(() => title().textContent()).toContain('Stap 2 van 6')
  await tabTo(e2e.page, byName('kinds'), 'the first kind')
  await e2e.page.keyboard.press('Space')
  await tabTo(e2e.page, byName('description'), 'the description')
  await e2e.page.keyboard.type(STORY)
  await next()
  await expect.poll(() => title().textContent()).toContain('Stap 3 van 6')
  await tabTo(e2e.page, byName('wish'), 'the first wish')
  await e2e.page.keyboard.press('Space')
  await next()
  await expect.poll(() => title().textContent()).toContain('Stap 4 van 6')
  await tabTo(e2e.page, byName('contactMode'), 'the contact modes')
  await e2e.page.keyboard.press('ArrowDown')
  await tabTo(e2e.page, byName('email'), 'the email field')
  await e2e.page.keyboard.type(EMAIL)
  await next()
  await expect.poll(() => title().textContent()).toContain('Stap 5 van 6')
  await tabTo(e2e.page, byName('consent'), 'the consent checkbox')
  await e2e.page.keyboard.press('Space')
  await next()
  await expect.poll(() => title().textContent()).toContain('Stap 6 van 6')
  await press(buttonText('Versturen'), 'the Send button')
  const codes = widget().locator('[part="confirmation"] dd.code')
  await expect.poll(() => codes.count(), { timeout: 20_000 }).toBe(2)
  return { reference: (await codes.nth(0).textContent())!.trim(), code: (await codes.nth(1).textContent())!.trim() }
}

/** Types reference and code on the follow-up page the way residents do: lower case, spaces, no dashes. */
async function lookUpOnFollowUpPage(reference: string, code: string) {
  await e2e.page.goto(`${e2e.server.url}/volg`)
  expect(await e2e.page.title()).toBe('Uw melding volgen')
  await expect.poll(() => title().textContent()).toContain('Bekijk uw melding')
  await tabTo(e2e.page, byName('reference'), 'the reference field')
  await e2e.page.keyboard.type(reference)
  await tabTo(e2e.page, byName('code'), 'the code field')
  await e2e.page.keyboard.type(code)
  await e2e.page.keyboard.press('Enter')
}

const residentMessages = () => widget().locator('[part="message"].resident')

describe('following up a concern in headless Chromium', () => {
  it('shows status and messages, sends a reply once, gives a data copy and erases, with the keyboard alone', async () => {
    const { reference, code } = await raiseConcernWithKeyboard()

    await press(buttonText('Bekijk uw melding'), 'View your concern on the confirmation')
    await expectState('Bekijk uw melding')
    expect(await widget().locator('#reference').inputValue()).toBe(reference)
    await press(buttonText('Bekijk mijn melding'), 'View my concern')
    await expectState('Uw melding')

    await lookUpOnFollowUpPage(reference.toLowerCase().replaceAll('-', ' '), code.toLowerCase().replaceAll('-', ''))
    await expectState('Uw melding')
    expect(await widget().locator('dl.facts').textContent()).toContain(reference)
    const stages = (await widget().locator('.stages').textContent())!.replace(/\s+/g, ' ')
    expect(stages).toMatch(/Gemeld op \d{1,2} \w+ \d{4}/)
    expect(stages).toMatch(/Eerste contact De vertrouwenspersoon reageert uiterlijk op \d{1,2} \w+ \d{4}\./)

    await tabTo(e2e.page, byName('reply'), 'the reply field')
    await e2e.page.keyboard.type(REPLY)
    await press(buttonText('Bericht versturen'), 'Send message')
    await expect.poll(() => widget().locator('.reply-status').textContent()).toContain('Uw bericht is verstuurd.')
    await expect.poll(() => residentMessages().count()).toBe(1)
    expect(await residentMessages().locator('.prewrap').textContent()).toBe(REPLY)
    expect(await residentMessages().locator('.meta').textContent()).toMatch(/^\s*U,/)
    expect(await widget().locator('#reply').inputValue()).toBe('')
    await expectNoAxeViolations('reply sent')

    // The network drops the next message: the text stays, and "send again" sends it once with the same key.
    await e2e.page.route('**/api/v1/concerns/*/messages', (route) => route.abort('internetdisconnected'), { times: 1 })
    await tabTo(e2e.page, byName('reply'), 'the reply field')
    await e2e.page.keyboard.type(SECOND_REPLY)
    await press(buttonText('Bericht versturen'), 'Send message')
    await expect.poll(() => widget().locator('.reply-status').textContent()).toContain('Uw bericht is niet verstuurd.')
    expect(await widget().locator('#reply').inputValue()).toBe(SECOND_REPLY)
    await expectNoAxeViolations('reply failed')
    await press(buttonText('Opnieuw versturen'), 'Send again')
    await expect.poll(() => widget().locator('.reply-status').textContent()).toContain('Uw bericht is verstuurd.')
    await expect.poll(() => residentMessages().count()).toBe(2)
    const messagePosts = e2e.requests.filter((r) => r.method() === 'POST' && r.url().endsWith('/messages'))
    const keys = messagePosts.map((r) => r.headers()['idempotency-key'])
    expect(keys).toHaveLength(3)
    expect(keys[1]).toBe(keys[2])
    expect(keys[0]).not.toBe(keys[1])

    await press(buttonText('Een kopie van mijn gegevens'), 'A copy of my data')
    await expectState('Een kopie van uw gegevens')
    await press(buttonText('Ja, maak een kopie'), 'Yes, make a copy')
    await expectState(`Uw gegevens bij melding ${reference}`)
    expect(await widget().locator('.copy-document').textContent()).toContain(STORY)
    await tabTo(e2e.page, linkText('Download als bestand (JSON)'), 'the download link')
    const [download] = await Promise.all([e2e.page.waitForEvent('download'), e2e.page.keyboard.press('Enter')])
    expect(download.suggestedFilename()).toBe(`klankbord-${reference}.json`)
    const copy = JSON.parse(readFileSync((await download.path())!, 'utf8')) as ConcernDataCopy
    expect(copy.reference).toBe(reference)
    expect(copy.description).toBe(STORY)
    expect(Object.values(copy.contact ?? {})).toContain(EMAIL)
    expect(copy.messages.filter((m) => m.from === 'resident').map((m) => m.body)).toEqual([REPLY, SECOND_REPLY])
    await press(buttonText('Terug naar uw melding'), 'Back to your concern')
    await expectState('Uw melding')

    await press(buttonText('Wis mijn gegevens'), 'Erase my data')
    await expectState('Wilt u uw gegevens wissen?')
    await press(buttonText('Ja, wis mijn gegevens'), 'Yes, erase')
    await expectState('Uw gegevens zijn gewist')
    await press(buttonText('Terug naar uw melding'), 'Back to your concern')
    await expectState('Uw melding')
    expect(await widget().locator('[part="notice"]').textContent()).toContain('Uw gegevens zijn gewist.')
    expect(await widget().locator('#reply').count()).toBe(0)
    expect(await residentMessages().count()).toBe(0)

    const compactCode = code.replaceAll('-', '')
    const urls = e2e.requests.map((r) => r.url())
    expect(urls.filter((url) => url.toUpperCase().includes(code) || url.toUpperCase().includes(compactCode))).toEqual([])
    expect([...new Set(urls.filter((url) => url.startsWith('http')).map((url) => new URL(url).origin))]).toEqual([e2e.server.url])
    expect(await e2e.context.cookies()).toEqual([])
    const storage = await e2e.page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
      cookie: document.cookie,
    }))
    expect(storage).toEqual({ local: 0, session: 0, databases: 0, cookie: '' })
  }, 120_000)

  it('answers a wrong code exactly like an unknown reference', async () => {
    const body = concernBody({ pow: await solvedPow(e2e.server.url) })
    const created = (await (await postConcern(e2e.server.url, body, { Origin: e2e.server.url })).json()) as ConcernCreated
    const wrongCode = created.followUpCode.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))
    const alertAfter = async (reference: string, code: string) => {
      await lookUpOnFollowUpPage(reference, code)
      const alert = widget().locator('#follow-up-error')
      await expect.poll(() => alert.count()).toBe(1)
      await expect.poll(async () => (await focused(e2e.page)).text).toBe((await alert.textContent())!.trim())
      await expectNoAxeViolations('not found')
      return (await alert.textContent())!.trim()
    }
    const wrong = await alertAfter(created.reference, wrongCode)
    const unknown = await alertAfter('KB-2222-2222', created.followUpCode)
    expect(wrong).toBe('Wij vinden geen melding met dit kenmerk en deze code. Kijk of u ze goed heeft overgenomen.')
    expect(unknown).toBe(wrong)
  })

  it('runs the follow-up page under its strict Content-Security-Policy', async () => {
    const violations: string[] = []
    e2e.page.on('console', (message) => message.text().includes('Content Security Policy') && violations.push(message.text()))
    const response = await e2e.page.goto(`${e2e.server.url}/volg`)
    const csp = response?.headers()['content-security-policy'] ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("style-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    await expect.poll(() => title().textContent()).toContain('Bekijk uw melding')
    expect((await focused(e2e.page)).tag).not.toBe('h2')
    await expectNoAxeViolations('follow-up page')
    await tabTo(e2e.page, buttonText('Bekijk mijn melding'), 'View my concern')
    await e2e.page.keyboard.press('Enter')
    await expect.poll(() => widget().locator('.summary').count()).toBe(1)
    expect((await focused(e2e.page)).text).toContain('Verbeter dit eerst')
    await expectNoAxeViolations('follow-up page with errors')
    expect(violations).toEqual([])
  })
})
