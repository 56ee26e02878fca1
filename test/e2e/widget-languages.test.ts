import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { tabTo } from '../support/browser.js'
import { useServerAndBrowser } from '../support/e2e.js'
import { expectNoAxeViolations } from '../support/page-actions.js'
import { xliffUnits } from '../support/plain-language/resident-strings.js'
import { expectNoSidewaysScroll } from '../support/sideways.js'
import { widgetOf } from '../support/widget-flow.js'

const e2e = useServerAndBrowser('widget-languages')

/** The translation of a Dutch source text, as the translator wrote it in the language's XLIFF. */
const translated = (locale: string, dutch: string) => {
  const unit = [...xliffUnits(locale).values()].find((u) => u.source === dutch)
  if (!unit) throw new Error(`no unit "${dutch}"`)
  return unit.target
}

const title = async (page: Page) => ((await widgetOf(page).locator('.title').textContent()) ?? '').replace(/\s+/g, ' ').trim()
const root = (page: Page) => widgetOf(page).locator('.root').evaluate((element) => ({ lang: element.getAttribute('lang'), dir: element.getAttribute('dir') }))

/** Tab to the widget's language switch, as a keyboard user would, and choose a language in it. */
async function chooseLanguage(page: Page, value: string) {
  await tabTo(page, (f) => f.tag === 'select', 'the language switch')
  await widgetOf(page).locator('select#language').selectOption(value)
}

describe('the widget in six languages', () => {
  it('switches to Arabic: right to left, translated, nothing sideways at 360 px, no axe violations', async () => {
    const page = e2e.page
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto(`${e2e.server.url}/`)
    await expect.poll(() => title(page)).toBe('Niet tevreden? Vertel het de vertrouwenspersoon')
    expect(await root(page)).toEqual({ lang: 'nl', dir: 'ltr' })
    const options = await widgetOf(page).locator('select#language option').evaluateAll((all) => all.map((o) => `${o.getAttribute('lang')}:${o.textContent}`))
    expect(options).toEqual(['nl:Nederlands', 'en:English', 'pl:Polski', 'tr:Türkçe', 'ar:العربية', 'uk:Українська'])
    expect(await widgetOf(page).locator('select#language').evaluate((e) => e.getBoundingClientRect().height)).toBeGreaterThanOrEqual(44)

    const switchOnTheLeft = async () => {
      const [switchBox, widgetBox] = await Promise.all([widgetOf(page).locator('select#language').boundingBox(), widgetOf(page).boundingBox()])
      return switchBox!.x + switchBox!.width / 2 < widgetBox!.x + widgetBox!.width / 2
    }
    expect(await switchOnTheLeft()).toBe(false)

    await chooseLanguage(page, 'ar')
    await expect.poll(() => title(page)).toBe(translated('ar', 'Niet tevreden? Vertel het de vertrouwenspersoon'))
    expect(await root(page)).toEqual({ lang: 'ar', dir: 'rtl' })
    // Mirrored: the switch sits at the end of its line, on the right in Dutch and on the left in Arabic.
    expect(await switchOnTheLeft()).toBe(true)
    expect(await widgetOf(page).locator('label[for="language"]').textContent()).toBe('اللغة')
    await expectNoSidewaysScroll(page, 'the demo page in Arabic')
    await expectNoAxeViolations(page, 'the demo page in Arabic at 360 px')

    await widgetOf(page).getByRole('button', { name: translated('ar', 'Start') }).click()
    await expect.poll(() => title(page)).toContain(translated('ar', 'Waar gaat het over?'))
    await expectNoSidewaysScroll(page, 'step 1 in Arabic')
    await expectNoAxeViolations(page, 'step 1 in Arabic at 360 px')
  })

  it('on /volg the page follows the widget: Arabic right to left, its heading translated', async () => {
    const page = e2e.page
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto(`${e2e.server.url}/volg`)
    await expect.poll(() => title(page)).toBe('Bekijk uw melding')
    await chooseLanguage(page, 'ar')
    await expect.poll(() => title(page)).toBe(translated('ar', 'Bekijk uw melding'))
    expect(await root(page)).toEqual({ lang: 'ar', dir: 'rtl' })
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl'])
    expect(await page.locator('h1').textContent()).toBe('تابع بلاغك')
    await expectNoSidewaysScroll(page, '/volg in Arabic')
    await expectNoAxeViolations(page, '/volg in Arabic at 360 px')

    await chooseLanguage(page, 'nl')
    await expect.poll(() => page.locator('h1').textContent()).toBe('Uw melding volgen')
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['nl', 'ltr'])
  })

  it("takes the browser's language on a Dutch page, unless the widget's lang attribute says otherwise", async () => {
    const context = await e2e.browser.newContext({ locale: 'uk-UA' })
    try {
      const page = await context.newPage()
      await page.goto(`${e2e.server.url}/`)
      await expect.poll(() => title(page)).toBe(translated('uk', 'Niet tevreden? Vertel het de vertrouwenspersoon'))
      expect(await root(page)).toEqual({ lang: 'uk', dir: 'ltr' })
      await widgetOf(page).evaluate((element) => element.setAttribute('lang', 'tr'))
      await expect.poll(() => title(page)).toBe(translated('tr', 'Niet tevreden? Vertel het de vertrouwenspersoon'))
    } finally {
      await context.close()
    }
  })

  it("falls back to the page's lang when none of the browser's languages is one of the six", async () => {
    const context = await e2e.browser.newContext({ locale: 'fr-FR' })
    try {
      const page = await context.newPage()
      await page.goto(`${e2e.server.url}/`)
      await expect.poll(() => title(page)).toBe('Niet tevreden? Vertel het de vertrouwenspersoon')
      // The demo page says lang="nl"; a page in English gets English.
      await widgetOf(page).evaluate((element) => {
        document.documentElement.lang = 'en'
        element.setAttribute('lang', 'x')
        element.removeAttribute('lang')
      })
      await expect.poll(() => title(page)).toBe(translated('en', 'Niet tevreden? Vertel het de vertrouwenspersoon'))
    } finally {
      await context.close()
    }
  })
})
