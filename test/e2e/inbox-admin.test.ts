import { describe, expect, it } from 'vitest'
import { useServerAndBrowser } from '../support/e2e.js'
import { activeId, heading, signedIn } from '../support/inbox-session.js'
import { expectNoAxeViolations, press, typeInto } from '../support/page-actions.js'

const WITH_PERSONAL_DATA = 'Mevrouw De Vries belde op 06-12345678 over de nieuwe werkwijze.'

const e2e = useServerAndBrowser('inbox-admin')

describe('admin tables and signal updates in headless Chromium', () => {
  it('the administrator opens and closes the edit panel of each admin table, and saves a municipality; focus goes to the panel and back', async () => {
    const url = e2e.server.url
    const { context, page } = await signedIn(e2e, 'administrator', 'bea.tabellen@example.nl')
    try {
      for (const [view, title, edit] of [
        ['municipalities', 'Gemeenten', 'municipality-edit-title'],
        ['partners', 'Partnerwebsites', 'partner-edit-title'],
        ['users', 'Accounts', 'user-edit-title'],
      ] as const) {
        await page.goto(`${url}/inbox/#/admin/${view}`)
        await expect.poll(() => heading(page)).toContain(title)
        const table = page.getByRole('region').filter({ has: page.locator('table') })
        await expect.poll(() => table.locator('tbody tr').count(), { timeout: 10_000 }).toBeGreaterThan(0)
        expect(await table.getAttribute('aria-labelledby')).toBe(`${view}-caption`)
        const editButton = table.locator('tbody tr').first().getByRole('button', { name: /^Wijzigen / })
        const buttonId = await editButton.getAttribute('id')
        await press(editButton)
        await expect.poll(() => activeId(page)).toBe(edit)
        await expectNoAxeViolations(page, `admin ${view}: editing`)
        await press(page.locator('section.panel').getByRole('button', { name: 'Annuleren', exact: true }))
        await expect.poll(() => page.locator('section.panel').count()).toBe(0)
        await expect.poll(() => activeId(page)).toBe(buttonId)
      }

      // Saved from the edit panel: the panel closes, the table shows the change, the status line says so and has focus.
      await page.goto(`${url}/inbox/#/admin/municipalities`)
      const row = page.locator('tbody tr').first()
      await press(row.getByRole('button', { name: /^Wijzigen / }))
      const panel = page.locator('section.panel')
      await typeInto(panel.getByLabel('Inloopspreekuur'), 'Dinsdag 9 tot 12 uur in het gemeentehuis')
      await press(panel.getByRole('button', { name: 'Wijzigingen opslaan' }))
      await expect.poll(() => page.locator('#municipalities-status').textContent(), { timeout: 10_000 }).toContain('is opgeslagen.')
      expect(await activeId(page)).toBe('municipalities-status')
      expect(await panel.count()).toBe(0)
      expect(await row.textContent()).toContain('Dinsdag 9 tot 12 uur in het gemeentehuis')
      await expectNoAxeViolations(page, 'admin municipalities: saved')

      // Where residents can turn after closing: a municipal ombudsman needs both a name and a safe link.
      await press(row.getByRole('button', { name: /^Wijzigen / }))
      await typeInto(panel.getByLabel('Adres van de klachtenregeling van de gemeente'), 'https://www.example.nl/klacht-indienen')
      await typeInto(panel.getByLabel('Ombudsman van de gemeente'), 'Ombudsman Voorbeeldregio')
      await press(panel.getByRole('button', { name: 'Wijzigingen opslaan' }))
      await expect.poll(() => panel.textContent()).toContain('Vul een volledig webadres in')
      await expectNoAxeViolations(page, 'admin municipalities: ombudsman without a link')
      await typeInto(panel.getByLabel('Adres van de website van de ombudsman'), 'https://www.example.nl/ombudsman')
      await press(panel.getByRole('button', { name: 'Wijzigingen opslaan' }))
      await expect.poll(() => page.locator('#municipalities-status').textContent(), { timeout: 10_000 }).toContain('is opgeslagen.')
      const saved = (await (await context.request.get(`${url}/api/v1/admin/municipalities`)).json()) as { items: { settings: Record<string, unknown> }[] }
      expect(saved.items[0]?.settings).toMatchObject({
        complaintProcedureUrl: 'https://www.example.nl/klacht-indienen',
        ombudsman: { name: 'Ombudsman Voorbeeldregio', url: 'https://www.example.nl/ombudsman' },
      })
    } finally {
      await context.close()
    }
  }, 90_000)

  it('the confidant records the municipality\'s response to a signal; a response that looks like personal data is refused first', async () => {
    const url = e2e.server.url
    const { context, page } = await signedIn(e2e, 'confidant', 'vera.signaal@example.nl')
    try {
      await page.goto(`${url}/inbox/#/signals`)
      await expect.poll(() => heading(page)).toContain('Signalen')
      const adding = page.locator('details.action', { has: page.locator('summary', { hasText: 'Nieuw signaal schrijven' }) })
      await press(adding.locator('summary'))
      const domain = adding.locator('select[name="domain"]')
      await domain.focus()
      await domain.selectOption('wmo')
      await typeInto(adding.getByLabel('Thema'), 'Brieven over de Wmo')
      await typeInto(adding.getByLabel('Signaal', { exact: true }), 'Bewoners begrijpen de brieven over de Wmo niet.')
      await press(adding.getByRole('button', { name: 'Signaal opslaan' }))
      const status = page.locator('#signals-status')
      await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain('Het signaal is opgeslagen.')
      expect(await activeId(page)).toBe('signals-status')

      const card = page.locator('.card', { has: page.getByRole('heading', { level: 3, name: 'Brieven over de Wmo' }) })
      const updating = card.locator('details.action')
      await press(updating.locator('summary'))
      await typeInto(updating.getByLabel(/Antwoord van de gemeente/), WITH_PERSONAL_DATA)
      await press(updating.getByRole('button', { name: 'Opslaan', exact: true }))
      await expect.poll(() => activeId(page), { timeout: 10_000 }).toMatch(/^signal-.+-suspected$/)
      expect(await updating.textContent()).toContain('Niet opgeslagen: het antwoord lijkt persoonsgegevens te bevatten')
      await expectNoAxeViolations(page, 'signals: response refused')

      await press(updating.getByLabel(/Sla toch op/), 'Space')
      await press(updating.getByRole('button', { name: 'Opslaan', exact: true }))
      await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain('Het signaal “Brieven over de Wmo” is bijgewerkt.')
      expect(await activeId(page)).toBe('signals-status')
      expect(await card.textContent()).toContain(WITH_PERSONAL_DATA)
      await expectNoAxeViolations(page, 'signals: response saved')
    } finally {
      await context.close()
    }
  }, 90_000)
})
