import type { Page } from 'playwright-core'
import { expect } from 'vitest'

/**
 * What makes the page scroll sideways, one line each: the document wider than the viewport, and every element of a
 * widget's shadow root that sticks out of its own box or out of the widget (or its dialog). Form fields are left out:
 * they scroll their own text. Hidden helpers (`.visually-hidden`, the honeypot) are clipped on purpose.
 */
export function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = []
    const viewport = document.documentElement.clientWidth
    const documentWidth = document.documentElement.scrollWidth
    if (documentWidth > viewport) found.push(`the document is ${documentWidth} px wide in a ${viewport} px viewport`)
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${[...element.classList].map((c) => `.${c}`).join('')} "${(element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`
    for (const widget of document.querySelectorAll('klankbord-widget')) {
      const root = widget.shadowRoot
      if (!root) continue
      for (const element of root.querySelectorAll('*')) {
        if (element.closest('.visually-hidden, .honeypot') || element.matches('input, textarea, select, style')) continue
        const box = element.getBoundingClientRect()
        if (box.width === 0 && box.height === 0) continue
        const frame = (element.closest('dialog') ?? widget).getBoundingClientRect()
        const right = Math.min(frame.right, viewport)
        if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).display !== 'inline')
          found.push(`${describe(element)}: content ${element.scrollWidth} px in a ${element.clientWidth} px box`)
        else if (box.right > right + 1 || box.left < Math.max(frame.left, 0) - 1)
          found.push(`${describe(element)}: ${Math.round(box.left)}–${Math.round(box.right)} px outside ${Math.round(frame.left)}–${Math.round(right)} px`)
      }
    }
    return found
  })
}

/** Nothing on the page scrolls sideways (see `sidewaysOverflow`). */
export async function expectNoSidewaysScroll(page: Page, where: string) {
  expect(await sidewaysOverflow(page), `sideways scroll at ${where}`).toEqual([])
}
