import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { POSTER_TEXTS, fillPosterText, type PartnerKit } from '@klankbord/contract'
import { describe, expect, it } from 'vitest'
import { useServerAndBrowser } from '../support/e2e.js'
import { heading, signedIn } from '../support/inbox-session.js'
import { expectNoAxeViolations, press } from '../support/page-actions.js'
import { pdfInfo, pdfText } from '../support/pdf.js'
import { sidewaysOverflow } from '../support/sideways.js'

const e2e = useServerAndBrowser('partner-kit')
const PARTNER = 'Zorggroep De Linde'

describe('the partner kit page in the inbox, in headless Chromium', () => {
  it('gives the administrator the embed code to copy by keyboard, a live preview and the poster in a chosen language', async () => {
    const url = e2e.server.url
    const { context, page } = await signedIn(e2e, 'administrator', 'bea.kit@example.nl')
    const downloads = mkdtempSync(join(tmpdir(), 'klankbord-kit-'))
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url })
      const scripts: string[] = []
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname)
      })
      await page.goto(`${url}/inbox/#/admin/partners`)
      await expect.poll(() => heading(page)).toContain('Partnerwebsites')
      await press(page.getByRole('link', { name: `Partnerkit van ${PARTNER}` }))
      await expect.poll(() => heading(page), { timeout: 10_000 }).toBe(`Partnerkit: ${PARTNER}`)
      const id = /#\/admin\/partners\/([\w-]+)$/.exec(page.url())![1]!
      const kit = (await (await context.request.get(`${url}/api/v1/admin/partners/${id}/kit`)).json()) as PartnerKit

      // The code shown is the code the API gives, and the copy button puts exactly that on the clipboard.
      expect(await page.locator('#kit-inline').textContent()).toBe(kit.inlineSnippet)
      expect(await page.locator('#kit-launcher').textContent()).toBe(kit.launcherSnippet)
      await press(page.getByRole('button', { name: 'Kopieer de code: knop die het formulier opent' }))
      await expect.poll(() => page.locator('.copy-result').nth(1).textContent()).toBe('Gekopieerd.')
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(kit.launcherSnippet)

      // The preview is the real widget for this partner, loaded from the versioned URL with its integrity hash.
      const frame = page.locator('iframe.kit-preview')
      await frame.scrollIntoViewIfNeeded()
      expect(await frame.getAttribute('title')).toBe(`Voorbeeld van de widget op de website van ${PARTNER}`)
      const preview = page.frameLocator('iframe.kit-preview')
      await expect.poll(() => preview.locator('klankbord-widget').getByText(`Uw melding gaat niet naar ${PARTNER}.`).count(), { timeout: 15_000 }).toBe(1)
      expect(scripts).toContain(`/widget/${kit.widget.version}/klankbord.js`)
      await expectNoAxeViolations(page, 'partner kit')

      // The launcher variant: a button on the page that opens the form.
      const mode = page.getByLabel('Voorbeeld van')
      await mode.focus()
      await mode.selectOption('launcher')
      await expect.poll(() => preview.locator('klankbord-widget button.launcher').count(), { timeout: 15_000 }).toBe(1)
      expect(await preview.locator('klankbord-widget [part="notice"]').isVisible()).toBe(false)

      // The poster in Polish, downloaded by keyboard.
      const language = page.getByLabel('Tweede taal')
      await language.focus()
      await language.selectOption('pl')
      const link = page.getByRole('link', { name: 'Poster downloaden (A4, PDF) (Polski)' })
      const [download] = await Promise.all([page.waitForEvent('download'), press(link)])
      expect(download.suggestedFilename()).toBe('poster-demo-zorg-nl-pl.pdf')
      const file = join(downloads, download.suggestedFilename())
      await download.saveAs(file)
      expect(await pdfInfo(file)).toMatchObject({ Tagged: 'yes', Pages: '1' })
      expect(await pdfText(file)).toContain(fillPosterText(POSTER_TEXTS.pl.notToPartner, { partner: PARTNER }))

      // At 320 px nothing scrolls sideways: the code wraps, the preview fits the column.
      await page.setViewportSize({ width: 320, height: 800 })
      await expect.poll(() => sidewaysOverflow(page)).toEqual([])
      await expectNoAxeViolations(page, 'partner kit at 320 px')

      // In English like the rest of the inbox.
      await press(page.getByRole('button', { name: 'English' }))
      await expect.poll(() => heading(page)).toBe(`Partner kit: ${PARTNER}`)
      expect(await page.getByRole('link', { name: 'Download the poster (A4, PDF) (Polski)' }).count()).toBe(1)
      await expectNoAxeViolations(page, 'partner kit in English')
    } finally {
      await context.close()
      rmSync(downloads, { recursive: true, force: true })
    }
  }, 120_000)
})
