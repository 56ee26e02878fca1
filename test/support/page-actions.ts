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
