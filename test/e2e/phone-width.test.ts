import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { buttonText, byName, tabTo } from '../support/browser.js'
import { useServerAndBrowser } from '../support/e2e.js'
import { expectNoAxeViolations } from '../support/page-actions.js'
import { expectNoSidewaysScroll } from '../support/sideways.js'
import { fillInWidgetWithKeyboard, sendWidgetWithKeyboard, widgetConfirmation, widgetOf } from '../support/widget-flow.js'

const STORY = 'Mijn huishoudelijke hulp is gestopt zonder dat iemand het mij vertelde. De wijkverpleegkundige weet ook van niets.'
const WIDTHS = [320, 360] as const

const e2e = useServerAndBrowser('phone-width')

const title = (page: Page, selector = 'klankbord-widget:not([mode="launcher"])') => {
  const heading = page.locator(selector).locator('.title')
  return { textContent: async () => (await heading.textContent())?.replace(/\s+/g, ' ').trim() }
}

async function press(page: Page, text: string | RegExp) {
  await tabTo(page, buttonText(text), String(text))
  await page.keyboard.press('Enter')
}

/** Long Dutch words hyphenate where Chromium has the dictionary, and break anywhere where it has not. */
async function expectLongWordsToWrap(page: Page, selector: string) {
  const style = await page.locator(selector).first().evaluate((element) => {
    const computed = getComputedStyle(element)
    return { hyphens: computed.hyphens, overflowWrap: computed.overflowWrap, lang: element.closest('[lang]')?.getAttribute('lang') }
  })
  expect(style, selector).toEqual({ hyphens: 'auto', overflowWrap: 'anywhere', lang: 'nl' })
}

describe.each(WIDTHS)('at %i px wide, nothing on the resident’s path scrolls sideways', (width) => {
  it('the municipality’s demo page: every step of the widget, its errors, the confirmation and the follow-up view', async () => {
    const page = e2e.page
    await page.setViewportSize({ width, height: 740 })
    await fillInWidgetWithKeyboard(page, e2e.server.url, { story: STORY, email: 'smal.scherm@example.nl' }, (step) => expectNoSidewaysScroll(page, step))
    await expectLongWordsToWrap(page, 'h1')
    await expectLongWordsToWrap(page, 'klankbord-widget:not([mode="launcher"]) >> .title')
    await expectNoAxeViolations(page, `the demo page at ${width} px`)

    // The errors of a step, with their summary above it.
    await press(page, 'Vorige')
    await expect.poll(() => title(page).textContent()).toContain('Stap 5 van 6')
    await tabTo(page, byName('consent'), 'the consent checkbox')
    await page.keyboard.press('Space')
    await press(page, 'Volgende')
    await expect.poll(() => widgetOf(page).locator('.summary').count()).toBe(1)
    await expectNoSidewaysScroll(page, 'step 5 with an error')
    await tabTo(page, byName('consent'), 'the consent checkbox')
    await page.keyboard.press('Space')
    await press(page, /^(Volgende|Terug naar controleren)$/)
    await expect.poll(() => title(page).textContent()).toContain('Stap 6 van 6')

    await sendWidgetWithKeyboard(page)
    const { reference } = await widgetConfirmation(page)
    await expectNoSidewaysScroll(page, 'confirmation')
    await press(page, 'Bekijk uw melding')
    await expect.poll(() => title(page).textContent()).toContain('Bekijk uw melding')
    await expectNoSidewaysScroll(page, 'follow-up look-up in the widget')
    expect(await widgetOf(page).locator('#reference').inputValue()).toBe(reference)
    await press(page, 'Bekijk mijn melding')
    await expect.poll(() => title(page).textContent()).toBe('Uw melding')
    await expectNoSidewaysScroll(page, 'follow-up in the widget')
  }, 90_000)

  it('the launcher dialog, its first steps and the care provider’s page', async () => {
    const page = e2e.page
    await page.setViewportSize({ width, height: 740 })
    await page.goto(`${e2e.server.url}/`)
    const launcher = page.locator('klankbord-widget[mode="launcher"]')
    await expect.poll(() => launcher.locator('button.launcher').count()).toBe(1)
    await expectNoSidewaysScroll(page, 'the page with the launcher')
    await press(page, 'Niet tevreden? Praat met de vertrouwenspersoon')
    await expect.poll(() => launcher.locator('dialog[open]').count()).toBe(1)
    await expectNoSidewaysScroll(page, 'launcher dialog')
    await expectNoAxeViolations(page, `the launcher dialog at ${width} px`)
    await press(page, 'Start')
    await expect.poll(() => title(page, 'klankbord-widget[mode="launcher"]').textContent()).toContain('Stap 1 van 6')
    await expectNoSidewaysScroll(page, 'launcher dialog, step 1')
    await press(page, 'Volgende')
    await expect.poll(() => launcher.locator('.summary').count()).toBe(1)
    await expectNoSidewaysScroll(page, 'launcher dialog, step 1 with an error')

    await page.goto(`${e2e.server.url}/demo/zorgaanbieder.html`)
    await expect.poll(() => title(page).textContent()).toContain('vertrouwenspersoon')
    await expectNoSidewaysScroll(page, 'care provider page')
    await expectNoAxeViolations(page, `the care provider's page at ${width} px`)
    await press(page, 'Start')
    await expect.poll(() => title(page).textContent()).toContain('Stap 1 van 6')
    await expectNoSidewaysScroll(page, 'care provider page, step 1')
  })

  it('the follow-up page /volg: look-up, errors, the concern, the copy of the data and erasure', async () => {
    const page = e2e.page
    await page.setViewportSize({ width, height: 740 })
    await fillInWidgetWithKeyboard(page, e2e.server.url, { story: STORY, email: 'volg.smal@example.nl' })
    await sendWidgetWithKeyboard(page)
    const { reference, code } = await widgetConfirmation(page)

    await page.goto(`${e2e.server.url}/volg`)
    await expect.poll(() => title(page).textContent()).toContain('Bekijk uw melding')
    await expectNoSidewaysScroll(page, '/volg')
    await expectLongWordsToWrap(page, 'h1')
    await tabTo(page, byName('reference'), 'the reference field')
    await page.keyboard.type('KB-0000-OOOO')
    await press(page, 'Bekijk mijn melding')
    await expect.poll(() => widgetOf(page).locator('.summary').count()).toBe(1)
    await expectNoSidewaysScroll(page, '/volg with errors')

    const typeOver = async (field: string, text: string) => {
      await tabTo(page, byName(field), field)
      await page.keyboard.press('ControlOrMeta+a')
      await page.keyboard.type(text)
    }
    await typeOver('reference', reference)
    await typeOver('code', code)
    await page.keyboard.press('Enter')
    await expect.poll(() => title(page).textContent()).toBe('Uw melding')
    await expectNoSidewaysScroll(page, '/volg, the concern')
    await expectNoAxeViolations(page, `/volg at ${width} px`)
    await press(page, 'Een kopie van mijn gegevens')
    await expect.poll(() => title(page).textContent()).toBe('Een kopie van uw gegevens')
    await expectNoSidewaysScroll(page, '/volg, asking for a copy')
    await press(page, 'Ja, maak een kopie')
    await expect.poll(() => title(page).textContent()).toBe(`Uw gegevens bij melding ${reference}`)
    await expectNoSidewaysScroll(page, '/volg, the copy of the data')
    await expectNoAxeViolations(page, `/volg, the copy of the data at ${width} px`)
    await press(page, 'Terug naar uw melding')
    await expect.poll(() => title(page).textContent()).toBe('Uw melding')
    await press(page, 'Wis mijn gegevens')
    await expect.poll(() => title(page).textContent()).toBe('Wilt u uw gegevens wissen?')
    await expectNoSidewaysScroll(page, '/volg, asking to erase')
    await press(page, 'Ja, wis mijn gegevens')
    await expect.poll(() => title(page).textContent()).toBe('Uw gegevens zijn gewist')
    await expectNoSidewaysScroll(page, '/volg, erased')
  }, 90_000)

  it('the pages without scripts: every page of /meld, its errors, the end page and /volg/zonder-script', async () => {
    const page = e2e.page
    await page.setViewportSize({ width, height: 740 })
    const submit = async (name: string) => {
      await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name, exact: true }).first().click()])
    }
    const check = async (where: string) => {
      await expectNoSidewaysScroll(page, `/meld, ${where}`)
      await expectLongWordsToWrap(page, 'h1')
    }
    await page.goto(`${e2e.server.url}/meld?partner=demo-zorg&channel=poster&lang=nl`)
    await check('the first page')
    await submit('Start')
    await submit('Volgende')
    await check('step 1 with its error')
    await page.getByLabel('Herstel toeslagenaffaire').check()
    await submit('Volgende')
    await submit('Volgende')
    await check('step 2 with its errors')
    await page.getByLabel('Hoe ik ben behandeld (bejegening)').check()
    await page.getByLabel('Vertel in uw eigen woorden wat er gebeurde').fill(STORY)
    await page.getByLabel(/Om welke organisatie/).fill('Uitvoeringsorganisatie Herstel Toeslagen, afdeling Persoonsgerichte Aanpak')
    await submit('Volgende')
    await page.getByLabel('Bemiddeling: samen met de organisatie praten').check()
    await submit('Volgende')
    await page.getByLabel('Per e-mail').check()
    await submit('Volgende')
    await page.getByLabel('Uw e-mailadres').fill('een.heel.lang.emailadres.zonder.spaties@voorbeeldgemeente-vertrouwenspersoon.nl')
    await submit('Volgende')
    await page.getByLabel(/Ik geef toestemming/).check()
    await submit('Volgende')
    await check('the review')
    await submit('Versturen')
    await check('the end page')
    const reference = (await page.locator('.codes .code').first().textContent())!.trim()
    const code = (await page.locator('#follow-up-code').textContent())!.trim()

    await page.goto(`${e2e.server.url}/volg/zonder-script?lang=nl`)
    await check('/volg/zonder-script')
    await page.getByLabel('Uw kenmerk').fill('KB-0000-OOOO')
    await submit('Bekijk mijn melding')
    await check('/volg/zonder-script with errors')
    await page.getByLabel('Uw kenmerk').fill(reference)
    await page.getByLabel('Uw persoonlijke code').fill(code)
    await submit('Bekijk mijn melding')
    expect(await page.locator('h1').textContent()).toBe('Uw melding')
    await check('/volg/zonder-script, the concern')
  }, 90_000)
})
