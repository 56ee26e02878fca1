import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { buttonText, byName, focused, tabTo } from './browser.js'

export const widgetOf = (page: Page) => page.locator('klankbord-widget:not([mode="launcher"])')

async function next(page: Page) {
  await tabTo(page, buttonText(/^(Volgende|Terug naar controleren)$/), 'the Next button')
  await page.keyboard.press('Enter')
}

/**
 * Walks the demo page's widget from the start to the review step using only the keyboard: Wmo, two kinds, the
 * story, a wish, e-mail contact, consent. `check` runs at every step (the widget tests run axe there).
 */
export async function fillInWidgetWithKeyboard(page: Page, baseUrl: string, answers: { story: string; email: string }, check: (step: string) => Promise<void> = async () => {}) {
  const widget = widgetOf(page)
  const title = () => widget.locator('.title')
  await page.goto(`${baseUrl}/`)
  await expect.poll(() => widget.locator('button.primary').textContent()).toContain('Start')
  await check('intro')
  await tabTo(page, buttonText('Start'), 'Start')
  await page.keyboard.press('Enter')

  await expect.poll(() => title().textContent()).toContain('Stap 1 van 6')
  expect((await focused(page)).tag).toBe('h2')
  await check('step 1')
  await tabTo(page, byName('domain'), 'the first domain')
  await page.keyboard.press('Space')
  await next(page)

  await expect.poll(() => title().textContent()).toContain('Stap 2 van 6')
  await check('step 2')
  await tabTo(page, byName('kinds'), 'the first kind')
  await page.keyboard.press('Space')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Space')
  await tabTo(page, byName('description'), 'the description')
  await page.keyboard.type(answers.story)
  await tabTo(page, byName('organisation'), 'the organisation')
  await page.keyboard.type('Wmo-loket')
  await next(page)

  await expect.poll(() => title().textContent()).toContain('Stap 3 van 6')
  await check('step 3')
  await tabTo(page, byName('wish'), 'the first wish')
  await page.keyboard.press('ArrowDown')
  await next(page)

  await expect.poll(() => title().textContent()).toContain('Stap 4 van 6')
  await tabTo(page, byName('contactMode'), 'the contact modes')
  await page.keyboard.press('ArrowDown')
  await expect.poll(async () => widget.locator('input[name="email"]').count()).toBe(1)
  await check('step 4')
  await tabTo(page, byName('email'), 'the email field')
  await page.keyboard.type(answers.email)
  await next(page)

  await expect.poll(() => title().textContent()).toContain('Stap 5 van 6')
  await check('step 5')
  await tabTo(page, byName('consent'), 'the consent checkbox')
  await page.keyboard.press('Space')
  expect((await focused(page)).checked).toBe(true)
  await next(page)

  await expect.poll(() => title().textContent()).toContain('Stap 6 van 6')
  await check('review')
  expect(await widget.locator('.review').first().textContent()).toContain('Hulp en zorg thuis (Wmo)')
}

export async function sendWidgetWithKeyboard(page: Page, label: RegExp = /^Versturen$/) {
  await tabTo(page, buttonText(label), 'the Send button')
  await page.keyboard.press('Enter')
}

/** The reference and follow-up code on the widget's confirmation. */
export async function widgetConfirmation(page: Page): Promise<{ reference: string; code: string }> {
  const codes = widgetOf(page).locator('[part="confirmation"] dd.code')
  await expect.poll(() => codes.count(), { timeout: 20_000 }).toBe(2)
  return { reference: (await codes.nth(0).textContent())!.trim(), code: (await codes.nth(1).textContent())!.trim() }
}
