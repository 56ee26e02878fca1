import { readFileSync } from 'node:fs'
import type { ConcernCreated, ConcernDataCopy, Municipality } from '@klankbord/contract'
import { addDays, lastDayToObject, parseIsoDate } from '@klankbord/contract/dates'
import type { BrowserContext } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { buttonText, byName, focused, tabTo, type Focused } from '../support/browser.js'
import { axeViolations } from '../support/axe.js'
import { concernBody, postConcern, solvedPow } from '../support/concern-body.js'
import { useServerAndBrowser } from '../support/e2e.js'
import { signedIn } from '../support/inbox-session.js'
import { expectNoSidewaysScroll } from '../support/sideways.js'

const STORY = 'De taxi voor mijn dochter komt steeds te laat. Niemand van het team belt mij terug.'
const EMAIL = 'stand.van.zaken@example.nl'
const ZONE = 'Europe/Amsterdam'

const e2e = useServerAndBrowser('follow-up-stages', { acceptDownloads: true, timezoneId: ZONE })

const widget = () => e2e.page.locator('klankbord-widget')
const title = async () => (await widget().locator('.title').textContent())?.replace(/\s+/g, ' ').trim()
const text = async (selector: string) => ((await widget().locator(selector).allTextContents()).join(' ') || '').replace(/\s+/g, ' ').trim()
const linkText = (wanted: string) => (f: Focused) => f.tag === 'a' && f.text.startsWith(wanted)

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date())
const dutchDay = (iso: string) => new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(parseIsoDate(iso))

async function expectNoAxe(state: string) {
  expect(await axeViolations(e2e.page, 'klankbord-widget'), `axe at ${state}`).toEqual([])
}

async function press(what: (f: Focused) => boolean, label: string) {
  await tabTo(e2e.page, what, label)
  await e2e.page.keyboard.press('Enter')
}

/** The resident opens /volg and types reference and code, as on a later day. */
async function lookUp(created: ConcernCreated) {
  await e2e.page.goto(`${e2e.server.url}/volg`)
  await expect.poll(title).toBe('Bekijk uw melding')
  await tabTo(e2e.page, byName('reference'), 'the reference field')
  await e2e.page.keyboard.type(created.reference)
  await tabTo(e2e.page, byName('code'), 'the code field')
  await e2e.page.keyboard.type(created.followUpCode)
  await e2e.page.keyboard.press('Enter')
  await expect.poll(title, { timeout: 10_000 }).toBe('Uw melding')
}

/** The confidant's side, through the inbox's own API with the session and its CSRF token. */
async function inboxSession(context: BrowserContext) {
  const url = e2e.server.url
  const { csrfToken } = (await (await context.request.get(`${url}/api/v1/auth/session`)).json()) as { csrfToken: string }
  const headers = { 'X-CSRF-Token': csrfToken, Origin: url }
  return {
    get: async <T>(path: string) => (await (await context.request.get(`${url}/api/v1${path}`)).json()) as T,
    post: async (path: string, data: unknown) => expect((await context.request.post(`${url}/api/v1${path}`, { data, headers })).status()).toBeLessThan(300),
    patch: async (path: string, data: unknown) => expect((await context.request.patch(`${url}/api/v1${path}`, { data, headers })).status()).toBe(200),
  }
}

describe('the follow-up page keeps up with the concern', () => {
  it('shows received, first contact made, in progress and closed with the outcome and next steps, in Dutch and English', async () => {
    const decisionDate = addDays(today(), -10)
    const lastDay = lastDayToObject(decisionDate)
    const body = concernBody({ description: STORY, contact: { mode: 'email', email: EMAIL }, decisionDate, pow: await solvedPow(e2e.server.url) })
    const created = (await (await postConcern(e2e.server.url, body, { Origin: e2e.server.url })).json()) as ConcernCreated
    const confidant = await signedIn(e2e, 'confidant', 'vera.stand@example.nl')
    const admin = await signedIn(e2e, 'administrator', 'bea.stand@example.nl')
    try {
      const inbox = await inboxSession(confidant.context)
      const { items } = await inbox.get<{ items: { id: string }[] }>(`/inbox/concerns?reference=${created.reference}`)
      const concern = `/inbox/concerns/${items[0]!.id}`

      // Received: the promise of first contact, and the objection term that talking does not stop.
      await lookUp(created)
      expect(await text('.stage.done')).toBe(`Gedaan: Gemeld op ${dutchDay(today())}`)
      expect(await text('.stage[aria-current="step"]')).toBe(`Nu: Eerste contact De vertrouwenspersoon reageert uiterlijk op ${dutchDay(created.firstContactBy)}.`)
      expect(await text('[part="notice"]')).toContain(`Doe dat uiterlijk op ${dutchDay(lastDay)}.`)
      expect(await widget().locator('#next-title').count()).toBe(0)
      await expectNoAxe('received')

      // First contact made, and the confidant waits for the organisation.
      await inbox.post(`${concern}/contacts`, { kind: 'phone', party: 'resident', minutes: 15 })
      await inbox.post(`${concern}/status`, { status: 'waiting-organisation' })
      await lookUp(created)
      const stages = await text('.stages')
      expect(stages).toContain(`Gedaan: Eerste contact op ${dutchDay(today())}`)
      expect(stages).not.toContain('uiterlijk')
      expect(await text('.stage[aria-current="step"]')).toBe('Nu: In behandeling De vertrouwenspersoon wacht op een antwoord van de organisatie.')
      await expectNoAxe('in progress')

      // Closed: the outcome in plain words, no more deadline for contact, and where to go next.
      await inbox.post(`${concern}/status`, { status: 'closed', supportGiven: ['mediation'], outcome: 'partly-resolved' })
      await lookUp(created)
      expect(await text('.stage[aria-current="step"]')).toBe(`Nu: Afgesloten op ${dutchDay(today())} Uw probleem is voor een deel opgelost.`)
      expect(await text('.stages')).not.toContain('uiterlijk')
      expect(await widget().locator('[part="notice"]').count()).toBe(0)
      const next = await text('.next-steps')
      expect(next).toContain(`Bent u het niet eens met het besluit van ${dutchDay(decisionDate)}? Dan kunt u bezwaar maken. Doe dat uiterlijk op ${dutchDay(lastDay)}.`)
      const complaint = widget().locator('.next-steps a', { hasText: 'Hoe u een klacht indient bij Gemeente Voorbeeld' })
      expect(await complaint.getAttribute('href')).toBe('https://www.example.nl/klacht-indienen')
      expect(await complaint.getAttribute('target')).toBe('_blank')
      const ombudsman = widget().locator('.next-steps a', { hasText: 'Naar de website van de Nationale ombudsman' })
      expect(await ombudsman.getAttribute('href')).toBe('https://www.nationaleombudsman.nl/')
      await tabTo(e2e.page, linkText('Naar de website van de Nationale ombudsman'), 'the ombudsman link')
      await expectNoAxe('closed')
      await e2e.page.setViewportSize({ width: 320, height: 740 })
      await expectNoSidewaysScroll(e2e.page, 'closed, at 320 px')
      await e2e.page.setViewportSize({ width: 1280, height: 720 })

      await widget().evaluate((element) => element.setAttribute('lang', 'en'))
      await expect.poll(title).toBe('Your concern')
      expect(await text('.stage[aria-current="step"]')).toMatch(/^Now: Closed on \d{1,2} \w+ \d{4} Part of your problem has been solved\.$/)
      expect(await text('.next-steps')).toContain('Go to the website of the National Ombudsman')
      await expectNoAxe('closed, in English')
      await widget().evaluate((element) => element.setAttribute('lang', 'nl'))

      // A municipality with its own ombudsman sends the resident there.
      const adminApi = await inboxSession(admin.context)
      const municipality = (await adminApi.get<{ items: Municipality[] }>('/admin/municipalities')).items[0]!
      const own = { name: 'Ombudsman Voorbeeldregio', url: 'https://www.example.nl/ombudsman' }
      await adminApi.patch(`/admin/municipalities/${municipality.id}`, { name: municipality.name, retentionMonths: municipality.retentionMonths, settings: { ...municipality.settings, ombudsman: own } })
      await lookUp(created)
      expect(await widget().locator('.next-steps a', { hasText: 'Naar de website van Ombudsman Voorbeeldregio' }).getAttribute('href')).toBe(own.url)

      // Defence in depth: a link that is not https is never rendered, even when a server hands one over.
      await e2e.page.route('**/api/v1/concerns/*', async (route) => {
        const response = await route.fetch()
        const followUp = (await response.json()) as { nextSteps: { complaintProcedureUrl: string; ombudsman: { url: string } } }
        followUp.nextSteps.complaintProcedureUrl = 'javascript:alert(document.domain)'
        followUp.nextSteps.ombudsman.url = 'data:text/html,<script>alert(1)</script>'
        await route.fulfill({ response, json: followUp })
      })
      await lookUp(created)
      expect(await text('.next-steps')).toContain('Dan kunt u naar de ombudsman.')
      expect(await widget().locator('.next-steps a').count()).toBe(0)
    } finally {
      await confidant.context.close()
      await admin.context.close()
    }
  }, 120_000)

  it('gives the copy of the data as a readable page to print or save as PDF, with the JSON as a second download', async () => {
    const body = concernBody({ description: STORY, contact: { mode: 'email', email: EMAIL }, pow: await solvedPow(e2e.server.url) })
    const created = (await (await postConcern(e2e.server.url, body, { Origin: e2e.server.url })).json()) as ConcernCreated
    await lookUp(created)
    await press(buttonText('Een kopie van mijn gegevens'), 'A copy of my data')
    await expect.poll(title).toBe('Een kopie van uw gegevens')
    await press(buttonText('Ja, maak een kopie'), 'Yes, make a copy')
    await expect.poll(title).toBe(`Uw gegevens bij melding ${created.reference}`)
    expect((await focused(e2e.page)).tag).toBe('h2')
    const page = await text('.copy-document')
    for (const expected of [STORY, EMAIL, 'Hulp en zorg thuis (Wmo)', 'Formulier op een website', 'Melding gedaan']) expect(page).toContain(expected)
    expect(await widget().locator('[aria-labelledby="copy-confidant"] dd').allTextContents()).toEqual(['Nog niet', 'Nog niet', 'Nog niet', 'Nog niet'])
    expect(await widget().locator('.copy-document h3').allTextContents()).toEqual([
      'Uw melding',
      'Uw verhaal',
      'Uw contactgegevens',
      'Berichten',
      'Aantekeningen van de vertrouwenspersoon',
      'Wat de vertrouwenspersoon deed',
      'Wat er met uw melding gebeurde',
    ])
    await expectNoAxe('the copy of the data')

    // Printing: the button opens the browser's print dialog (replaced here), and print media shows the copy alone.
    await e2e.page.evaluate(() => (window.print = () => ((window as unknown as { printed: number }).printed = 1)))
    await press(buttonText('Afdrukken of bewaren als PDF'), 'Print or save as PDF')
    expect(await e2e.page.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(1)
    await e2e.page.emulateMedia({ media: 'print' })
    const visible = (selector: string) => e2e.page.locator(selector).first().isVisible()
    expect(await visible('.site-header')).toBe(false)
    expect(await visible('.site-footer')).toBe(false)
    expect(await visible('h1')).toBe(false)
    expect(await widget().locator('.actions').first().isVisible()).toBe(false)
    expect(await widget().locator('.copy-document').isVisible()).toBe(true)
    const pdf = await e2e.page.pdf({ format: 'A4' })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    await e2e.page.emulateMedia({ media: 'screen' })

    await tabTo(e2e.page, linkText('Download als bestand (JSON)'), 'the JSON download')
    const [download] = await Promise.all([e2e.page.waitForEvent('download'), e2e.page.keyboard.press('Enter')])
    expect(download.suggestedFilename()).toBe(`klankbord-${created.reference}.json`)
    const copy = JSON.parse(readFileSync((await download.path())!, 'utf8')) as ConcernDataCopy
    expect(copy).toMatchObject({ reference: created.reference, description: STORY, outcome: null, firstContactAt: null, supportGiven: [] })

    await widget().evaluate((element) => element.setAttribute('lang', 'en'))
    await expect.poll(title).toBe(`Your data for concern ${created.reference}`)
    expect(await text('.copy-document')).toContain('What happened with your concern')
    await expectNoAxe('the copy of the data, in English')
  }, 60_000)
})
