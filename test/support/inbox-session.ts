import type { BrowserContext, Page } from 'playwright-core'
import { expect } from 'vitest'
import { currentTotp } from '../../api/src/security/totp.js'
import { runCli } from './cli.js'
import type { E2e } from './e2e.js'

/**
 * An account made with the CLI as an administrator would, finished over the API (the inbox test walks that page),
 * and logged in in a fresh browser context, so the page opens with the session.
 */
export async function signedIn(e2e: E2e, role: 'administrator' | 'confidant', email: string): Promise<{ context: BrowserContext; page: Page }> {
  const url = e2e.server.url
  const created = await runCli(['user', 'add', '--email', email, '--role', role, '--name', `E2e ${role}`], { KLANKBORD_DATA_DIR: e2e.dataDir })
  expect(created.code, created.stderr).toBe(0)
  const token = /\/inbox\/#\/setup\/([\w-]+)/.exec(created.stdout)![1]!
  const post = (path: string, body: unknown) => fetch(`${url}/api/v1${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
  const { totpSecret } = (await (await post('/auth/setup/start', { token })).json()) as { totpSecret: string }
  const password = `een lange zin voor ${role}`
  expect((await post('/auth/setup/finish', { token, password, code: currentTotp(totpSecret, Date.now()) })).status).toBe(200)
  const context = await e2e.browser.newContext({ locale: 'nl-NL' })
  // The setup spent this time step's code; a code is accepted once, so log in with the next step's.
  const login = await context.request.post(`${url}/api/v1/auth/login`, { data: { email, password, code: currentTotp(totpSecret, Date.now() + 30_000) }, headers: { Origin: url } })
  expect(login.status()).toBe(200)
  return { context, page: await context.newPage() }
}

/** The text of the page's main heading. */
export const heading = (page: Page) => page.locator('h1').textContent()

/** The id of the element that has focus. */
export const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '')
