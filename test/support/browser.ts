import { chromium, type Browser, type Page } from 'playwright-core'

export const CHROMIUM_PATH = process.env.KLANKBORD_CHROMIUM ?? '/usr/bin/chromium'

/** Debian's Chromium, headless, without the background traffic a closed network refuses. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
}

export type Focused = { tag: string; name: string | null; type: string | null; text: string; checked: boolean | null }

/** The element that really has focus, looking through shadow roots. */
export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    let element = document.activeElement
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement
    const input = element as HTMLInputElement | null
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      name: element?.getAttribute('name') ?? null,
      type: element?.getAttribute('type') ?? null,
      text: (element?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      checked: input && 'checked' in input ? input.checked : null,
    }
  })
}

/** Presses Tab (or Shift+Tab) until focus is on the wanted element, like a keyboard user would. */
export async function tabTo(page: Page, wanted: (f: Focused) => boolean, what: string, options: { max?: number; backwards?: boolean } = {}): Promise<void> {
  const seen: string[] = []
  for (let i = 0; i < (options.max ?? 80); i++) {
    const current = await focused(page)
    if (wanted(current)) return
    seen.push(`${current.tag}[${current.name ?? ''}]${current.text.slice(0, 20)}`)
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab')
  }
  throw new Error(`Could not reach ${what} with the keyboard; focus went through: ${seen.join(' → ')}`)
}

export const byName = (name: string) => (f: Focused) => f.name === name
export const buttonText = (text: string | RegExp) => (f: Focused) => f.tag === 'button' && (typeof text === 'string' ? f.text === text : text.test(f.text))
