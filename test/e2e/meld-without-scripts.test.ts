import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useServerAndBrowser } from '../support/e2e.js'
import { expectNoAxeViolationsWithoutScripts as expectNoAxeViolations } from '../support/page-actions.js'

const e2e = useServerAndBrowser('meld-without-scripts', { javaScriptEnabled: false })

const STORY = 'Mijn moeder kreeg een brief over de Wmo. Niemand legde uit wat er verandert.'

const heading = async (page: Page) => ((await page.locator('h1').first().textContent()) ?? '').replace(/\s+/g, ' ').trim()

/** Presses a button by its visible text, and waits for the page the server answers with. */
async function press(page: Page, name: string | RegExp) {
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name, exact: typeof name === 'string' }).first().click()])
}

async function step(page: Page, where: string, title: string | RegExp) {
  expect(await heading(page)).toMatch(title)
  await expectNoAxeViolations(page, where)
}

describe('/meld with JavaScript off in Chromium', () => {
  it('takes the whole intake in Dutch, page by page, and ends with reference, code and the way to /volg', async () => {
    const page = e2e.page
    await page.goto(`${e2e.server.url}/meld?partner=demo-zorg&channel=poster&lang=nl`)
    expect(await page.evaluate(() => document.scripts.length)).toBe(0)
    await step(page, 'the first page', 'Niet tevreden? Vertel het de vertrouwenspersoon')
    await expect.poll(() => page.locator('.notice').textContent()).toContain('Uw melding gaat niet naar Zorggroep De Linde.')
    await press(page, 'Start')

    await step(page, 'step 1', /^Stap 1 van 6 Waar gaat het over\?$/)
    await press(page, 'Volgende')
    await step(page, 'step 1 with its error', /Waar gaat het over\?/)
    expect(await page.title()).toBe('Fout: Melding maken')
    await page.getByRole('link', { name: 'Kies waar het over gaat.' }).click()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('domain')
    await page.getByLabel('Hulp en zorg thuis (Wmo)').check()
    await press(page, 'Volgende')

    await step(page, 'step 2', /Stap 2 van 6 Wat is er gebeurd\?/)
    await page.getByLabel('Ik kreeg te weinig uitleg of informatie').check()
    await page.getByLabel('Vertel in uw eigen woorden wat er gebeurde').fill(STORY)
    await page.getByLabel(/Om welke organisatie/).fill('Wmo-loket')
    await press(page, 'Volgende')

    await step(page, 'step 3', /Stap 3 van 6 Wat zou u helpen\?/)
    await page.getByLabel('Advies en hulp').check()
    await press(page, 'Volgende')

    await step(page, 'step 4', /Stap 4 van 6 Hoe kunnen wij u bereiken\?/)
    await page.getByLabel('Per telefoon').check()
    await page.getByLabel('Ik meld dit voor iemand anders').check()
    await press(page, 'Volgende')

    await step(page, 'step 4, the phone number', /Stap 4 van 6 Hoe kunnen wij u bereiken\?/)
    await page.getByLabel('Uw telefoonnummer').fill('06 12345678')
    await page.getByLabel(/Wanneer kunnen wij u het best bellen/).fill('dinsdagmiddag')
    await press(page, 'Volgende')

    await step(page, 'step 5', /Stap 5 van 6 Uw gegevens/)
    await page.getByLabel(/Ik geef toestemming/).check()
    await press(page, 'Volgende')

    await step(page, 'step 6, the review', /Stap 6 van 6 Controleer uw melding/)
    await expect.poll(() => page.locator('main').textContent()).toContain(STORY)
    await press(page, 'Versturen')

    await step(page, 'the end page', 'Uw melding is verstuurd')
    const reference = (await page.locator('.codes .code').first().textContent())!.trim()
    const code = (await page.locator('#follow-up-code').textContent())!.trim()
    expect(reference).toMatch(/^KB-/)
    expect(await page.locator('main').textContent()).toContain(`${e2e.server.url}/volg`)

    // The end page's link: the follow-up without scripts, code posted, never in the address.
    await Promise.all([page.waitForEvent('load'), page.getByRole('link', { name: 'Bekijk uw melding' }).click()])
    await step(page, 'the follow-up form', 'Uw melding volgen')
    await page.getByLabel('Uw kenmerk').fill(reference.toLowerCase())
    await page.getByLabel('Uw persoonlijke code').fill(code.replaceAll('-', ' '))
    await press(page, 'Bekijk mijn melding')
    await step(page, 'the concern', 'Uw melding')
    expect(page.url()).not.toContain(code)
    const text = (await page.locator('main').textContent())!.replace(/\s+/g, ' ')
    expect(text).toContain('Waar staat uw melding nu?')
    expect(text).toMatch(/Nu: Eerste contact De vertrouwenspersoon reageert uiterlijk op/)
    expect(text).toContain('Er zijn nog geen berichten.')

    await page.getByLabel('Uw bericht aan de vertrouwenspersoon').fill('Mijn moeder is alleen op maandag thuis.')
    await press(page, 'Bericht versturen')
    await step(page, 'the concern after a reply', 'Uw melding')
    await expect.poll(() => page.locator('.messages').textContent()).toContain('Mijn moeder is alleen op maandag thuis.')
    await expect.poll(() => page.locator('.sent').textContent()).toBe('Uw bericht is verstuurd.')

    // The switch posts the code again: the same concern, now in Ukrainian.
    await press(page, 'Українська')
    expect(await page.getAttribute('html', 'lang')).toBe('uk')
    await expect.poll(() => page.locator('.messages').textContent()).toContain('Mijn moeder is alleen op maandag thuis.')
  }, 120_000)

  it('keeps every typed value when a page has an error or the language changes', async () => {
    const page = e2e.page
    await page.goto(`${e2e.server.url}/meld?partner=demo&lang=nl`)
    await press(page, 'Start')
    await page.getByLabel('Jeugdhulp').check()
    await press(page, 'Volgende')
    await page.getByLabel('Afspraken zijn niet nagekomen').check()
    await page.getByLabel('Vertel in uw eigen woorden wat er gebeurde').fill(STORY)
    await page.getByLabel(/Om welke organisatie/).fill('Jeugdteam Zuid')
    await page.getByLabel(/Wat is de datum van de brief/).fill('2999-01-01')
    await press(page, 'Volgende')

    await step(page, 'step 2 with a date in the future', /Wat is er gebeurd\?/)
    expect(await page.getByRole('alert').textContent()).toContain('Vul een datum in die niet in de toekomst ligt.')
    await expect.poll(() => page.getByLabel(/Wat is de datum van de brief/).getAttribute('aria-invalid')).toBe('true')
    expect(await page.getByLabel(/Wat is de datum van de brief/).getAttribute('aria-describedby')).toBe('decisionDate-error')
    expect(await page.getByLabel('Vertel in uw eigen woorden wat er gebeurde').inputValue()).toBe(STORY)
    expect(await page.getByLabel(/Om welke organisatie/).inputValue()).toBe('Jeugdteam Zuid')
    expect(await page.getByLabel(/Wat is de datum van de brief/).inputValue()).toBe('2999-01-01')
    expect(await page.getByLabel('Afspraken zijn niet nagekomen').isChecked()).toBe(true)

    await page.getByLabel(/Wat is de datum van de brief/).fill('')
    await press(page, 'English')
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    expect(await page.getByLabel('Tell us in your own words what happened').inputValue()).toBe(STORY)
    await press(page, 'Back')
    expect(await page.getByLabel('Youth care').isChecked()).toBe(true)
  }, 90_000)

  it('takes the whole intake in Arabic, right to left', async () => {
    const page = e2e.page
    await page.goto(`${e2e.server.url}/meld?partner=demo&lang=ar`)
    expect(await page.getAttribute('html', 'dir')).toBe('rtl')
    await expectNoAxeViolations(page, 'the first page in Arabic')
    await press(page, 'ابدأ')
    await page.locator('input[name="domain"][value="debt"]').check()
    await press(page, 'التالي')
    await page.locator('input[name="kinds"][value="treatment"]').check()
    await page.locator('#description').fill('لم يشرح لي أحد قرار الديون.')
    await press(page, 'التالي')
    await page.locator('input[name="wish"][value="listen"]').check()
    await press(page, 'التالي')
    await page.locator('input[name="contactMode"][value="none"]').check()
    await press(page, 'التالي')
    expect(await page.locator('input[name="consent"]').count()).toBe(1)
    await page.locator('input[name="consent"]').check()
    await press(page, 'التالي')
    expect(await page.getAttribute('html', 'dir')).toBe('rtl')
    await expectNoAxeViolations(page, 'the review in Arabic')
    await press(page, 'أرسل')
    expect(await heading(page)).toBe('تم إرسال بلاغك')
    expect(await page.getAttribute('html', 'dir')).toBe('rtl')
    expect(await page.getAttribute('html', 'lang')).toBe('ar')
    await expectNoAxeViolations(page, 'the end page in Arabic')
    const reference = await page.locator('.codes .code').first().textContent()

    // The end page's switch posts reference and code again: the same page in Dutch.
    await press(page, 'Nederlands')
    expect(await heading(page)).toBe('Uw melding is verstuurd')
    expect(await page.getAttribute('html', 'dir')).toBe('ltr')
    expect(await page.locator('.codes .code').first().textContent()).toBe(reference)
    expect(page.url()).toBe(`${e2e.server.url}/meld/verstuurd`)
  }, 90_000)
})
