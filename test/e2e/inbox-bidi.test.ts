import { describe, expect, it } from 'vitest'
import { currentTotp } from '../../api/src/security/totp.js'
import { runCli } from '../support/cli.js'
import { concernBody, postConcern, solvedPow } from '../support/concern-body.js'
import { useServerAndBrowser } from '../support/e2e.js'

const e2e = useServerAndBrowser('inbox-bidi')

/** A confidant made with the CLI, set up over the API and logged in in a fresh browser context. */
async function confidantContext() {
  const url = e2e.server.url
  const email = 'bidi.vertrouwenspersoon@example.nl'
  const created = await runCli(['user', 'add', '--email', email, '--role', 'confidant', '--name', 'E2e bidi'], { KLANKBORD_DATA_DIR: e2e.dataDir })
  expect(created.code, created.stderr).toBe(0)
  const token = /\/inbox\/#\/setup\/([\w-]+)/.exec(created.stdout)![1]!
  const post = (path: string, body: unknown) => fetch(`${url}/api/v1${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
  const { totpSecret } = (await (await post('/auth/setup/start', { token })).json()) as { totpSecret: string }
  const password = 'een lange zin voor de bidi-test'
  expect((await post('/auth/setup/finish', { token, password, code: currentTotp(totpSecret, Date.now()) })).status).toBe(200)
  const context = await e2e.browser.newContext({ locale: 'nl-NL' })
  const login = await context.request.post(`${url}/api/v1/auth/login`, { data: { email, password, code: currentTotp(totpSecret, Date.now() + 30_000) }, headers: { Origin: url } })
  expect(login.status()).toBe(200)
  return context
}

describe('direction controls in what a resident wrote, in headless Chromium', () => {
  it('are shown as marked signs in the inbox and never applied', async () => {
    const url = e2e.server.url
    const description = 'Zie de bijlage: Factuur \u202Efdp.exe'
    const organisation = 'Zorg\u2067bureau\u2069 Noord'
    const sent = await postConcern(url, concernBody({ description, organisation, contact: { mode: 'email', email: 'bidi@example.nl', name: 'Sara \u200Fمريم' }, pow: await solvedPow(url) }), { Origin: url })
    expect(sent.status).toBe(201)
    const { reference } = (await sent.json()) as { reference: string }

    const context = await confidantContext()
    try {
      const list = (await (await context.request.get(`${url}/api/v1/inbox/concerns?reference=${reference}`)).json()) as { items: { id: string }[] }
      // Stored as typed: the controls are only taken out of play where the confidant reads them.
      const stored = (await (await context.request.get(`${url}/api/v1/inbox/concerns/${list.items[0]!.id}`)).json()) as { description: string }
      expect(stored.description).toBe(description)

      const page = await context.newPage()
      await page.goto(`${url}/inbox/#/concerns/${list.items[0]!.id}`)
      const story = page.locator('section[aria-labelledby="case-story-title"] .resident-text')
      await expect.poll(() => story.count(), { timeout: 10_000 }).toBe(1)
      expect(await story.textContent()).toBe('Zie de bijlage: Factuur ⟨U+202E⟩fdp.exe')
      const mark = story.locator('mark.control-character')
      expect(await mark.getAttribute('title')).toMatch(/U\+202E \(RIGHT-TO-LEFT OVERRIDE\)/)
      // What the eye sees, in visual order: "fdp.exe" after the sign, never "exe.pdf".
      const seen = await story.evaluate((element) => (element as HTMLElement).innerText)
      expect(seen).toContain('fdp.exe')
      expect(seen).not.toContain('exe.pdf')
      const rendered = await story.evaluate((element) => {
        const range = document.createRange()
        const text = [...element.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent === 'fdp.exe')!
        range.setStart(text, 0)
        range.setEnd(text, 3)
        const first = range.getBoundingClientRect().left
        range.setStart(text, 4)
        range.setEnd(text, 7)
        return { fdp: first, exe: range.getBoundingClientRect().left }
      })
      // Applied, the override would draw "exe" to the left of "fdp".
      expect(rendered.fdp).toBeLessThan(rendered.exe)
      expect(await page.locator('main').textContent()).toContain('Zorg⟨U+2067⟩bureau⟨U+2069⟩ Noord')
      expect(await page.locator('main').textContent()).toContain('Sara ⟨U+200F⟩مريم')
    } finally {
      await context.close()
    }
  })
})
