import { describe, expect, it } from 'vitest'
import { buttonText, byName, focused, tabTo } from '../support/browser.js'
import { useServerAndBrowser } from '../support/e2e.js'
import { activeId, heading, signedIn } from '../support/inbox-session.js'
import { expectNoAxeViolations, press, typeInto } from '../support/page-actions.js'

const WITH_PERSONAL_DATA = 'Bel mevrouw De Vries op 06-12345678'
const RECOMMENDATION = 'Leg besluiten over huishoudelijke hulp uit in gewone taal.'
const RESPONSE = 'De gemeente heeft alle brieven over huishoudelijke hulp herschreven.'

const e2e = useServerAndBrowser('inbox-publication')

describe('publication and recommendations in headless Chromium', () => {
  it('the administrator makes the statistics public by keyboard, and closes them again', async () => {
    const url = e2e.server.url
    const anonymousStatistics = async () => (await fetch(`${url}/api/v1/statistics`)).status
    const { context, page } = await signedIn(e2e, 'administrator', 'bea.publicatie@example.nl')
    try {
      await page.goto(`${url}/inbox/#/admin/users`)
      await expect.poll(() => heading(page)).toContain('Accounts')
      await press(page.getByRole('navigation').getByRole('link', { name: 'Openbaar maken' }))
      await expect.poll(() => heading(page)).toContain('Openbaar maken')
      expect(await page.getByRole('link', { name: 'Openbaar maken' }).getAttribute('aria-current')).toBe('page')
      expect(await page.locator('main').textContent()).toContain('zonder inloggen. Er staan nooit persoonsgegevens in: kleine aantallen zijn weggelaten.')
      expect(await page.getByRole('link', { name: 'Bekijk het dashboard' }).getAttribute('href')).toBe('/dashboard/')
      const toggle = page.getByLabel('Dashboard, tabellen en jaarverslag openbaar maken')
      await expect.poll(() => toggle.count()).toBe(1)
      expect(await toggle.isChecked()).toBe(false)
      expect(await anonymousStatistics()).toBe(401)
      await expectNoAxeViolations(page, 'publication, private')

      // From the heading, Tab to the box, tick it with the space bar, Tab to the button and press Enter.
      await tabTo(page, byName('statisticsPublic'), 'the publication switch')
      await page.keyboard.press('Space')
      await expect.poll(() => toggle.isChecked()).toBe(true)
      await tabTo(page, buttonText('Opslaan'), 'the save button')
      await page.keyboard.press('Enter')
      const status = page.locator('#publication-status')
      await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain('zijn nu openbaar')
      expect(await status.getAttribute('role')).toBe('status')
      expect(await activeId(page)).toBe('publication-status')
      expect(await page.locator('main dl').textContent()).toContain('Openbaar. Iedereen kan de cijfers zien.')
      expect(await anonymousStatistics()).toBe(200)
      await expectNoAxeViolations(page, 'publication, public')

      // Reloaded, the page shows what the server has; then switched off again.
      await page.reload()
      await expect.poll(() => toggle.count()).toBe(1)
      expect(await toggle.isChecked()).toBe(true)
      await press(toggle, 'Space')
      await expect.poll(() => toggle.isChecked()).toBe(false)
      await press(page.getByRole('button', { name: 'Opslaan', exact: true }))
      await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain('alleen te zien na inloggen')
      expect(await anonymousStatistics()).toBe(401)
    } finally {
      await context.close()
    }
  }, 90_000)

  it('the confidant writes a recommendation by keyboard, fixes the personal data it warns about, and records what the municipality did', async () => {
    const url = e2e.server.url
    const year = new Date().getFullYear()
    const { context, page } = await signedIn(e2e, 'confidant', 'vera.aanbeveling@example.nl')
    try {
      await page.goto(`${url}/inbox/#/concerns`)
      await expect.poll(() => heading(page)).toContain('Meldingen')
      await press(page.getByRole('navigation').getByRole('link', { name: 'Aanbevelingen' }))
      await expect.poll(() => heading(page)).toContain('Aanbevelingen')
      await expect.poll(() => page.getByText('Er zijn nog geen aanbevelingen.').count(), { timeout: 10_000 }).toBe(1)
      await expectNoAxeViolations(page, 'recommendations, empty')

      const adding = page.locator('details.action', { has: page.locator('summary', { hasText: 'Nieuwe aanbeveling schrijven' }) })
      await press(adding.locator('summary'))
      expect(await adding.getByLabel('Jaar van het jaarverslag').inputValue()).toBe(String(year))
      // One municipality: it is named, not asked.
      expect(await adding.textContent()).toContain('Gemeente:')
      const text = adding.getByLabel('Aanbeveling', { exact: true })
      await tabTo(page, byName('text'), 'the recommendation text')
      await page.keyboard.type(WITH_PERSONAL_DATA)
      // The live check marks the phone number while typing…
      await expect.poll(() => adding.locator('[role="status"] .personal-data mark').count(), { timeout: 10_000 }).toBeGreaterThan(0)
      expect(await adding.locator('[role="status"] .personal-data').textContent()).toContain('telefoonnummer')
      await expectNoAxeViolations(page, 'recommendations, live warning')
      // …and the server refuses to save it; focus goes to the refusal.
      await press(adding.getByRole('button', { name: 'Aanbeveling opslaan' }))
      await expect.poll(() => activeId(page), { timeout: 10_000 }).toBe('recommendation-suspected')
      expect(await adding.locator('#recommendation-suspected').textContent()).toContain('Niet opgeslagen: de tekst lijkt persoonsgegevens te bevatten')
      expect(await adding.getByLabel(/Sla toch op/).count()).toBe(1)
      expect(await page.locator('kb-recommendations-view .card').count()).toBe(0)
      await expectNoAxeViolations(page, 'recommendations, refused')

      await typeInto(text, RECOMMENDATION)
      await expect.poll(() => adding.locator('#recommendation-suspected').count()).toBe(0)
      await press(adding.getByRole('button', { name: 'Aanbeveling opslaan' }))
      const status = page.locator('#recommendations-status')
      await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain(`De aanbeveling voor het jaarverslag ${year} is opgeslagen.`)
      expect(await activeId(page)).toBe('recommendations-status')
      const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: `Jaarverslag ${year}` }) })
      const card = section.locator('.card', { has: page.getByRole('heading', { level: 3, name: 'Aanbeveling 1' }) })
      await expect.poll(() => card.count()).toBe(1)
      expect(await card.locator('.resident-text').first().textContent()).toBe(RECOMMENDATION)
      expect(await card.locator('dl').textContent()).toContain('Nog geen besluit')
      expect(await card.textContent()).toContain('Nog geen antwoord.')

      // Status and response, by keyboard: type-ahead in the closed select, then the response.
      const updating = card.locator('details.action')
      await press(updating.locator('summary'))
      const select = updating.getByLabel('Status')
      await select.focus()
      await page.keyboard.type('Uitgevoerd')
      await expect.poll(() => select.inputValue()).toBe('done')
      await tabTo(page, byName('response'), 'the response')
      await page.keyboard.type(RESPONSE)
      await tabTo(page, buttonText('Opslaan'), 'the save button of the recommendation')
      await page.keyboard.press('Enter')
      await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain(`Aanbeveling 1 uit ${year} is bijgewerkt.`)
      expect(await card.locator('dl').textContent()).toContain('Uitgevoerd')
      expect(await card.textContent()).toContain(RESPONSE)
      expect((await focused(page)).tag).toBe('p')
      await expectNoAxeViolations(page, 'recommendations, updated')

      const saved = await context.request.get(`${url}/api/v1/inbox/recommendations`)
      expect(((await saved.json()) as { items: unknown[] }).items).toEqual([expect.objectContaining({ year, text: RECOMMENDATION, status: 'done', response: RESPONSE })])

      // The same page in English, with the contract's labels for the status.
      await press(page.getByRole('button', { name: 'English' }))
      await expect.poll(() => heading(page)).toContain('Recommendations')
      expect(await page.getByRole('heading', { level: 2, name: `Annual report ${year}` }).count()).toBe(1)
      expect(await page.locator('.card dl').textContent()).toContain('Carried out')
      await expectNoAxeViolations(page, 'recommendations, English')
    } finally {
      await context.close()
    }
  }, 90_000)
})
