import { describe, expect, it } from 'vitest'
import { useServerAndBrowser } from '../support/e2e.js'
import { fillInWidgetWithKeyboard, widgetOf } from '../support/widget-flow.js'

const e2e = useServerAndBrowser('widget-privacy-link')

/** The links on the consent step (step 5), read while the widget walks past it. */
async function privacyLinks(): Promise<(string | null)[]> {
  let hrefs: (string | null)[] = []
  await fillInWidgetWithKeyboard(e2e.page, e2e.server.url, { story: 'De hulp komt niet.', email: 'link@example.nl' }, async (step) => {
    if (step === 'step 5') hrefs = await widgetOf(e2e.page).locator('a[target="_blank"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
  })
  return hrefs
}

describe("the widget's privacy-statement link in headless Chromium", () => {
  it('shows the https link the municipality gave', async () => {
    expect(await privacyLinks()).toEqual(['https://www.example.nl/privacy/klankbord'])
  })

  it('never renders a link that is not https, even when a server hands one over', async () => {
    await e2e.page.route('**/api/v1/partners/*', async (route) => {
      const response = await route.fetch()
      const info = (await response.json()) as { municipality: { privacyStatementUrl: string } }
      info.municipality.privacyStatementUrl = 'javascript:alert(document.domain)'
      await route.fulfill({ response, json: info })
    })
    expect(await privacyLinks()).toEqual([])
  })
})
