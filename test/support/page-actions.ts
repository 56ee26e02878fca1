import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import { axeViolations } from './axe.js'

/** axe-core with the WCAG 2.2 AA rules finds nothing on the page as it is now. */
export async function expectNoAxeViolations(page: Page, where: string) {
  expect(await axeViolations(page), `axe on ${where}`).toEqual([])
}

/** Keyboard only: focus the field and type over what it holds. */
export async function typeInto(field: Locator, text: string) {
  await field.focus()
  await field.press('ControlOrMeta+a')
  await field.page().keyboard.type(text)
}

/** Keyboard only: focus the control and press the key. */
export async function press(control: Locator, key = 'Enter') {
  await control.focus()
  await control.press(key)
}

/**
 * axe-core on a page opened with JavaScript off, where axe cannot run (its timers never fire): the page as it is now,
 * which has no scripts of its own, is audited in a copy opened with scripts on, at the same address and size, so its
 * stylesheets load as they did.
 */
export async function expectNoAxeViolationsWithoutScripts(page: Page, where: string) {
  expect(await page.evaluate(() => document.scripts.length), `scripts on ${where}`).toBe(0)
  const html = await page.content()
  const audit = await page.context().browser()!.newContext({ viewport: page.viewportSize() })
  try {
    const copy = await audit.newPage()
    await copy.route(page.url(), (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }))
    await copy.goto(page.url())
    await expectNoAxeViolations(copy, where)
  } finally {
    await audit.close()
  }
}
