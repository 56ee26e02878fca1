import type { BrowserContext, Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { currentTotp } from '../../api/src/security/totp.js'
import { runCli } from '../support/cli.js'
import { concernBody, postConcern, solvedPow } from '../support/concern-body.js'
import { useServerAndBrowser } from '../support/e2e.js'
import { expectNoAxeViolations, press, typeInto } from '../support/page-actions.js'
import { fillInWidgetWithKeyboard, sendWidgetWithKeyboard, widgetConfirmation } from '../support/widget-flow.js'

const STORY = 'De huishoudelijke hulp komt al drie weken niet. Niemand van het wijkteam belt terug.'
const MARKUP = '<img src=x onerror="window.hacked=1">Ik <b>snap</b> het besluit niet.<script>window.hacked=2</script>'
const MESSAGE = 'Dank voor uw melding. Mag ik u bellen? Zo ja, wanneer schikt het?'
const REPLY = 'Ja, bel mij maar. Na 15 uur ben ik thuis.'
const ORGANISATION = 'Zorgbureau De Linde'

const e2e = useServerAndBrowser('inbox')

/** Ticks a radio button or checkbox by its name and value, with the space bar. */
async function tick(scope: Locator | Page, name: string, value?: string) {
  const input = scope.locator(value ? `input[name="${name}"][value="${value}"]` : `input[name="${name}"]`).first()
  await input.focus()
  await input.press('Space')
  await expect.poll(() => input.isChecked()).toBe(true)
}
async function chooseOption(scope: Locator | Page, name: string, value: string) {
  const select = scope.locator(`select[name="${name}"]`)
  await select.focus()
  await select.selectOption(value)
}
/** What the resident wrote, on the case view (messages in the timeline look alike). */
const story = (page: Page) => page.locator('section[aria-labelledby="case-story-title"] .resident-text')
const button = (scope: Locator | Page, name: string | RegExp) => scope.getByRole('button', { name, exact: typeof name === 'string' })

/** One of the case's fold-out actions, opened with the keyboard. */
async function openAction(page: Page, title: string): Promise<Locator> {
  const action = page.locator('details.action', { has: page.locator('summary', { hasText: title }) })
  if (!(await action.evaluate((el) => (el as HTMLDetailsElement).open))) await press(action.locator('summary'))
  return action
}
async function expectStatus(page: Page, text: string) {
  await expect.poll(() => page.locator('#case-status').textContent(), { timeout: 10_000 }).toContain(text)
}

/** The setup link's page: password twice, the first authenticator code, then the recovery codes step. Returns the TOTP secret. */
async function finishSetup(page: Page, link: string, password: string): Promise<string> {
  await page.goto(link)
  await expect.poll(() => page.locator('h1').textContent()).toContain('Account afmaken')
  await expectNoAxeViolations(page, 'setup')
  const secret = (await page.locator('code.secret__value').textContent())!.replace(/\s/g, '')
  await typeInto(page.getByLabel('Nieuw wachtwoord'), password)
  await typeInto(page.getByLabel('Typ het wachtwoord nog een keer'), password)
  await typeInto(page.getByLabel('Code uit de app'), currentTotp(secret, Date.now()))
  await press(button(page, 'Account afmaken'))
  await expect.poll(() => page.locator('h1').textContent(), { timeout: 10_000 }).toContain('Bewaar uw herstelcodes')
  expect(await page.locator('.recovery-codes li').count()).toBe(10)
  await tick(page, 'saved')
  await press(button(page, 'Naar inloggen'))
  await expect.poll(() => page.locator('h1').textContent()).toContain('Inloggen')
  return secret
}

/** The code of the next time step: the step used at setup is spent, and a code is accepted once. */
const nextCode = (secret: string) => currentTotp(secret, Date.now() + 30_000)

async function logIn(page: Page, email: string, password: string, secret: string) {
  await expect.poll(() => page.locator('h1').textContent()).toContain('Inloggen')
  await typeInto(page.getByLabel('E-mailadres'), email)
  await typeInto(page.getByLabel('Wachtwoord', { exact: true }), password)
  await typeInto(page.getByLabel(/^Code/), nextCode(secret))
  await press(button(page, 'Inloggen'))
  await expect.poll(() => page.getByText('Ingelogd als').count(), { timeout: 10_000 }).toBeGreaterThan(0)
}

async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await e2e.browser.newContext({ locale: 'nl-NL' })
  return { context, page: await context.newPage() }
}

describe('the confidant\'s inbox in headless Chromium', () => {
  it('from the first administrator to a closed case: setup, login with TOTP, triage, dialogue, mediation, signal, audit', async () => {
    const url = e2e.server.url
    const admin = await newPage()
    const confidant = await newPage()
    try {
      // The first administrator is made with the CLI, which prints a one-time link.
      const created = await runCli(['user', 'add', '--email', 'bea.beheer@example.nl', '--role', 'administrator', '--name', 'Bea Beheer'], { KLANKBORD_DATA_DIR: e2e.dataDir })
      expect(created.code, created.stderr).toBe(0)
      const adminLink = /(http:\/\/\S+\/inbox\/#\/setup\/[\w-]+)/.exec(created.stdout)![1]!
      const adminSecret = await finishSetup(admin.page, adminLink, 'een lange zin voor de beheerder')
      await expectNoAxeViolations(admin.page, 'login')
      await logIn(admin.page, 'bea.beheer@example.nl', 'een lange zin voor de beheerder', adminSecret)

      // The administrator creates a confidant for the demo municipality.
      await admin.page.goto(`${url}/inbox/#/admin/users`)
      await expect.poll(() => admin.page.locator('h1').textContent()).toContain('Accounts')
      await expectNoAxeViolations(admin.page, 'admin: accounts')
      const addUser = admin.page.locator('details.action', { has: admin.page.locator('summary', { hasText: 'Account aanmaken' }) })
      await press(addUser.locator('summary'))
      await typeInto(addUser.getByLabel('E-mailadres'), 'vera.vertrouwen@example.nl')
      await typeInto(addUser.getByLabel('Naam'), 'Vera Vertrouwen')
      await tick(addUser, 'role', 'confidant')
      await tick(addUser, 'municipalityIds')
      await press(button(addUser, 'Account aanmaken'))
      const setupUrl = admin.page.locator('.setup-url code')
      await expect.poll(() => setupUrl.count(), { timeout: 10_000 }).toBe(1)
      const confidantLink = (await setupUrl.textContent())!.trim()
      expect(confidantLink).toContain('/inbox/#/setup/')
      for (const view of ['municipalities', 'partners', 'audit']) {
        await admin.page.goto(`${url}/inbox/#/admin/${view}`)
        await expect.poll(() => admin.page.locator('table, .notice').count(), { timeout: 10_000 }).toBeGreaterThan(0)
        await expectNoAxeViolations(admin.page, `admin: ${view}`)
      }

      // The confidant finishes the account and logs in with password and TOTP.
      const confidantSecret = await finishSetup(confidant.page, confidantLink, 'mijn geheime zin voor de inbox')
      await logIn(confidant.page, 'vera.vertrouwen@example.nl', 'mijn geheime zin voor de inbox', confidantSecret)
      await confidant.page.goto(`${url}/inbox/#/concerns`)
      await expect.poll(() => confidant.page.locator('h1').textContent()).toContain('Meldingen')
      await expectNoAxeViolations(confidant.page, 'empty inbox')

      // A resident raises a concern through the widget; the open inbox picks it up without a reload.
      await fillInWidgetWithKeyboard(e2e.page, url, { story: STORY, email: 'e2e.inbox@example.nl' })
      await sendWidgetWithKeyboard(e2e.page)
      const resident = await widgetConfirmation(e2e.page)
      const row = confidant.page.getByRole('link', { name: resident.reference })
      await expect.poll(() => row.count(), { timeout: 25_000 }).toBe(1)
      await expectNoAxeViolations(confidant.page, 'inbox list')

      // Someone also sent markup as a description: it must show as text and run nothing.
      const xss = (await (await postConcern(url, concernBody({ description: MARKUP, pow: await solvedPow(url) }), { Origin: url })).json()) as { reference: string }

      // Triage: open the case with the keyboard and take it in hand.
      await press(row)
      await expect.poll(() => confidant.page.locator('h1').textContent()).toContain(resident.reference)
      await expect.poll(() => story(confidant.page).textContent()).toBe(STORY)
      const concernId = new URL(confidant.page.url()).hash.split('/').pop()!
      await expectNoAxeViolations(confidant.page, 'case view')
      const status = await openAction(confidant.page, 'Status wijzigen')
      await tick(status, 'status', 'in-progress')
      await press(button(status, 'Status opslaan'))
      await expectStatus(confidant.page, 'In behandeling')

      // Dialogue with the anonymous-to-the-site resident, through reference and follow-up code.
      const message = await openAction(confidant.page, 'Bericht aan de inwoner')
      expect(await message.textContent()).toContain('e-mail is niet ingesteld')
      await typeInto(message.getByLabel('Bericht'), MESSAGE)
      await press(button(message, 'Bericht versturen'))
      await expectStatus(confidant.page, 'Het bericht is verstuurd.')
      const followUp = (path = '', init: RequestInit = {}) => fetch(`${url}/api/v1/concerns/${resident.reference}${path}`, { ...init, headers: { 'Follow-Up-Code': resident.code, ...init.headers } })
      expect(((await (await followUp()).json()) as { messages: { body: string }[] }).messages.map((m) => m.body)).toEqual([MESSAGE])
      const answer = await followUp('/messages', { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: url }, body: JSON.stringify({ body: REPLY }) })
      expect(answer.status).toBe(201)
      await confidant.page.reload()
      await expect.poll(() => confidant.page.locator('kb-case-timeline').textContent(), { timeout: 10_000 }).toContain(REPLY)

      // A call with the resident, then mediation with the care provider, with the resident's consent.
      let contact = await openAction(confidant.page, 'Contact vastleggen')
      await tick(contact, 'kind', 'phone')
      await tick(contact, 'party', 'resident')
      await typeInto(contact.getByLabel('Minuten'), '25')
      await press(button(contact, 'Contact opslaan'))
      await expectStatus(confidant.page, 'Het contact is vastgelegd.')
      contact = await openAction(confidant.page, 'Contact vastleggen')
      await tick(contact, 'kind', 'email')
      await tick(contact, 'party', 'organisation')
      await typeInto(contact.getByLabel('Organisatie', { exact: true }), ORGANISATION)
      await chooseOption(contact, 'organisationKind', 'care-provider')
      await press(button(contact, 'Contact opslaan'))
      await expect.poll(() => contact.textContent()).toContain('Zonder toestemming van de inwoner')
      await tick(contact, 'consent')
      await typeInto(contact.getByLabel('Minuten'), '10')
      await press(button(contact, 'Contact opslaan'))
      // The status message is the same as after the first contact, so wait for the timeline itself.
      const timeline = () => confidant.page.locator('kb-case-timeline').textContent()
      await expect.poll(timeline, { timeout: 10_000 }).toContain(ORGANISATION)
      expect(await timeline()).toContain('Toestemming van de inwoner')

      // A signal for the municipality, from this case.
      await press(confidant.page.getByRole('link', { name: 'Signaal schrijven over deze melding' }))
      await expect.poll(() => confidant.page.locator('h1').textContent()).toContain('Signalen')
      await typeInto(confidant.page.getByLabel('Thema'), 'Huishoudelijke hulp valt uit')
      await typeInto(confidant.page.getByLabel('Signaal', { exact: true }), 'Bij uitval van de huishoudelijke hulp hoort niemand iets. Het wijkteam belt niet terug.')
      await press(button(confidant.page, 'Signaal opslaan'))
      await expect.poll(() => confidant.page.getByText('Het signaal is opgeslagen.').count(), { timeout: 10_000 }).toBeGreaterThan(0)
      await expectNoAxeViolations(confidant.page, 'signals')

      // Close the case with the support given and the outcome.
      await confidant.page.goto(`${url}/inbox/#/concerns/${concernId}`)
      await expect.poll(() => story(confidant.page).count()).toBe(1)
      const closing = await openAction(confidant.page, 'Status wijzigen')
      await tick(closing, 'status', 'closed')
      await press(button(closing, 'Status opslaan'))
      await expect.poll(() => closing.textContent()).toContain('Kies welke ondersteuning u gaf')
      await tick(closing, 'supportGiven', 'mediation')
      await tick(closing, 'outcome', 'resolved')
      await press(button(closing, 'Status opslaan'))
      await expectStatus(confidant.page, 'Afgesloten')
      expect(await confidant.page.locator('.case-meta').textContent()).toContain('Afgesloten')

      // The markup case: literal text, no element made from it, nothing ran.
      await confidant.page.goto(`${url}/inbox/#/concerns?reference=${xss.reference}`)
      const xssRow = confidant.page.getByRole('link', { name: xss.reference })
      await expect.poll(() => xssRow.count(), { timeout: 10_000 }).toBe(1)
      await press(xssRow)
      await expect.poll(() => story(confidant.page).textContent()).toBe(MARKUP)
      expect(await story(confidant.page).locator('img, b, script').count()).toBe(0)
      expect(await confidant.page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined()

      // Every step is in the audit log, with the confidant as actor and no personal data.
      const audit = await admin.context.request.get(`${url}/api/v1/admin/audit?objectId=${concernId}`)
      expect(audit.status()).toBe(200)
      const entries = ((await audit.json()) as { items: { name: string; actor: { name: string | null; role: string } }[] }).items
      const names = entries.map((e) => e.name)
      for (const name of ['concern.read', 'concern.status', 'concern.message', 'concern.message-from-resident', 'concern.contact']) expect(names).toContain(name)
      expect(entries.find((e) => e.name === 'concern.read')?.actor).toMatchObject({ name: 'Vera Vertrouwen', role: 'confidant' })
      expect(names.filter((n) => n === 'concern.status').length).toBe(2)
      const dump = JSON.stringify(entries)
      for (const secret of [STORY, MESSAGE, REPLY, ORGANISATION, 'e2e.inbox@example.nl']) expect(dump).not.toContain(secret)
      expect(await admin.context.cookies()).toEqual([expect.objectContaining({ httpOnly: true, sameSite: 'Strict' })])
    } finally {
      await admin.context.close()
      await confidant.context.close()
    }
  }, 180_000)
})
