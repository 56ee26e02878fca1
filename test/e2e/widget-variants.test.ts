import { lastDayToObject } from '@klankbord/contract/dates'
import { describe, expect, it } from 'vitest'
import { buttonText, byName, focused, tabTo } from '../support/browser.js'
import { axeViolations } from '../support/axe.js'
import { useServerAndBrowser } from '../support/e2e.js'

const e2e = useServerAndBrowser('variants')

const axe = (selector: string) => axeViolations(e2e.page, selector)

describe('widget variants', () => {
  it('works under a strict Content-Security-Policy without unsafe-inline', async () => {
    const violations: string[] = []
    e2e.page.on('console', (message) => message.text().includes('Content Security Policy') && violations.push(message.text()))
    const response = await e2e.page.goto(`${e2e.server.url}/`)
    const csp = response?.headers()['content-security-policy'] ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("style-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    const widget = e2e.page.locator('klankbord-widget:not([mode="launcher"])')
    await expect.poll(() => widget.locator('button.primary').textContent()).toContain('Start')
    await tabTo(e2e.page, buttonText('Start'), 'Start')
    await e2e.page.keyboard.press('Enter')
    await expect.poll(() => widget.locator('.title').textContent()).toContain('Stap 1 van 6')
    expect(violations).toEqual([])
  })

  it('opens the launcher dialog with the keyboard, and Escape returns focus to the launcher', async () => {
    await e2e.page.goto(`${e2e.server.url}/`)
    const launcher = e2e.page.locator('klankbord-widget[mode="launcher"]')
    await expect.poll(() => launcher.locator('button.launcher').count()).toBe(1)
    await tabTo(e2e.page, buttonText('Niet tevreden? Praat met de vertrouwenspersoon'), 'the launcher')
    await e2e.page.keyboard.press('Enter')
    await expect.poll(() => launcher.locator('dialog[open]').count()).toBe(1)
    await expect.poll(async () => (await focused(e2e.page)).tag).toBe('h2')
    expect(await axe('klankbord-widget[mode="launcher"]')).toEqual([])
    await e2e.page.keyboard.press('Escape')
    await expect.poll(() => launcher.locator('dialog[open]').count()).toBe(0)
    expect((await focused(e2e.page)).text).toBe('Niet tevreden? Praat met de vertrouwenspersoon')
  })

  it('tells the resident on a care provider site that the provider cannot read the concern, in English too', async () => {
    await e2e.page.goto(`${e2e.server.url}/demo/zorgaanbieder.html`)
    const widget = e2e.page.locator('klankbord-widget')
    await expect.poll(() => widget.locator('[part="notice"]').textContent()).toContain('Zorggroep De Linde')
    expect(await widget.locator('[part="notice"]').textContent()).toContain('Uw melding gaat niet naar Zorggroep De Linde')
    await widget.evaluate((element) => element.setAttribute('lang', 'en'))
    await expect.poll(() => widget.locator('.title').textContent()).toContain('Not satisfied? Tell the confidant')
    expect(await axe('klankbord-widget')).toEqual([])
  })

  it('shows the last day to object once a decision date is given, and that talking does not pause it', async () => {
    await e2e.page.goto(`${e2e.server.url}/`)
    const widget = e2e.page.locator('klankbord-widget:not([mode="launcher"])')
    await expect.poll(() => widget.locator('button.primary').textContent()).toContain('Start')
    await tabTo(e2e.page, buttonText('Start'), 'Start')
    await e2e.page.keyboard.press('Enter')
    await tabTo(e2e.page, byName('domain'), 'the first domain')
    await e2e.page.keyboard.press('Space')
    await tabTo(e2e.page, buttonText('Volgende'), 'Next')
    await e2e.page.keyboard.press('Enter')
    await expect.poll(() => widget.locator('.title').textContent()).toContain('Stap 2 van 6')
    await tabTo(e2e.page, byName('decisionDate'), 'the decision date')
    // The date field's order of day and month follows the browser's locale; read back what it holds.
    await e2e.page.keyboard.type('02032026')
    const decisionDate = await widget.locator('input[name="decisionDate"]').inputValue()
    expect(decisionDate).toMatch(/^2026-0[23]-0[23]$/)
    const expected = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${lastDayToObject(decisionDate)}T00:00:00Z`))
    await expect.poll(() => widget.locator('.notice.warning').textContent()).toContain(expected)
    expect(await widget.locator('.notice.warning').textContent()).toContain('loopt de termijn van 6 weken voor bezwaar gewoon door')
    expect(await axe('klankbord-widget:not([mode="launcher"])')).toEqual([])
  })
})
