import { describe, expect, it } from 'vitest'
import { buttonText, tabTo } from '../support/browser.js'
import { useServerAndBrowser } from '../support/e2e.js'
import { activeId, heading, signedIn } from '../support/inbox-session.js'
import { expectNoAxeViolations, press } from '../support/page-actions.js'
import { expectNoSidewaysScroll } from '../support/sideways.js'

const e2e = useServerAndBrowser('inbox-jobs')

describe('the nightly jobs in the inbox, in headless Chromium', () => {
  it('the administrator sees how each job last ran and makes the figures now, by keyboard, also at 320 px', async () => {
    const url = e2e.server.url
    const { context, page } = await signedIn(e2e, 'administrator', 'bea.taken@example.nl')
    try {
      await page.goto(`${url}/inbox/#/admin/users`)
      await expect.poll(() => heading(page)).toContain('Accounts')
      await press(page.getByRole('navigation').getByRole('link', { name: 'Taken' }))
      await expect.poll(() => heading(page)).toContain('Nachtelijke taken')
      expect(await page.getByRole('link', { name: 'Taken' }).getAttribute('aria-current')).toBe('page')
      const statistics = page.getByRole('region', { name: 'Cijfers' })
      await expect.poll(() => statistics.locator('dl').textContent()).toContain('Nog niet gedaan.')
      expect(await page.locator('main').textContent()).toContain('Nog geen cijfers gemaakt.')
      await expectNoAxeViolations(page, 'jobs, none run yet')

      await tabTo(page, buttonText('Cijfers: nu doen'), 'the button that makes the figures')
      await page.keyboard.press('Enter')
      const status = page.locator('#jobs-status')
      await expect.poll(() => status.textContent(), { timeout: 60_000 }).toBe('Cijfers: klaar.')
      expect(await status.getAttribute('role')).toBe('status')
      expect(await activeId(page)).toBe('jobs-status')
      expect(await statistics.locator('dl').textContent()).toContain('Gelukt.')
      const health = (await (await fetch(`${url}/api/v1/health`)).json()) as { publication: { version: number } }
      expect(await page.locator('main').textContent()).toContain(`Versie van de cijfers${health.publication.version} (`)
      expect(await page.getByRole('region', { name: 'Bewaartermijn' }).locator('dl').textContent()).toContain('Nog niet gedaan.')
      await expectNoAxeViolations(page, 'jobs, figures made')

      await page.setViewportSize({ width: 320, height: 740 })
      await expectNoSidewaysScroll(page, 'the jobs at 320 px')
    } finally {
      await context.close()
    }
  }, 120_000)
})
