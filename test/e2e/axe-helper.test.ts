import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeViolations } from '../support/axe.js'
import { launchChromium } from '../support/browser.js'

// The accessibility checks of every page test rest on this helper: it must see a violation when there is one.
describe('the axe helper', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(() => browser?.close())

  it('reports violations in the page, in shadow DOM and only inside the part asked for, under a strict CSP', async () => {
    const page = await browser.newPage()
    await page.setContent(`<!doctype html><html lang="nl"><head><title>t</title>
      <meta http-equiv="Content-Security-Policy" content="script-src 'none'"></head>
      <body><main><div id="bad"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></div><div id="good"><p>Tekst</p></div>
      <div id="host"></div></main></body></html>`)
    await page.evaluate(() => {
      const root = document.querySelector('#host')!.attachShadow({ mode: 'open' })
      root.innerHTML = '<button></button>'
    })
    expect((await axeViolations(page)).map((line) => line.split(' ')[0]).sort()).toEqual(['button-name', 'image-alt'])
    expect(await axeViolations(page, '#good')).toEqual([])
    expect((await axeViolations(page, '#bad'))[0]).toMatch(/^image-alt \(critical\): .*img/)
    await page.close()
  })
})
