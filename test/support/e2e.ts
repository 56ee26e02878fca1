import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, BrowserContextOptions, Page, Request } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { launchChromium } from './browser.js'
import { startServerProcess, type ServerProcess } from './cli.js'

/** The axe-core tags for WCAG 2.2 level AA. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

export type E2e = {
  server: ServerProcess
  dataDir: string
  browser: Browser
  /** A fresh browser context and page for every test, and every request the page made. */
  context: BrowserContext
  page: Page
  requests: Request[]
}

/**
 * The real server (`klankbord serve --demo` on its own PGlite data directory) and Debian's Chromium for a test
 * file; the fields are filled in by the hooks this registers.
 */
export function useServerAndBrowser(name: string, contextOptions: BrowserContextOptions = {}, env: Record<string, string> = {}): E2e {
  const e2e = {} as E2e
  beforeAll(async () => {
    e2e.dataDir = mkdtempSync(join(tmpdir(), `klankbord-e2e-${name}-`))
    e2e.server = await startServerProcess({ KLANKBORD_DATA_DIR: e2e.dataDir, ...env })
    e2e.browser = await launchChromium()
  }, 60_000)
  afterAll(async () => {
    await e2e.browser?.close()
    await e2e.server?.stop()
    rmSync(e2e.dataDir, { recursive: true, force: true })
  })
  beforeEach(async () => {
    e2e.context = await e2e.browser.newContext({ locale: 'nl-NL', ...contextOptions })
    e2e.page = await e2e.context.newPage()
    e2e.requests = []
    e2e.page.on('request', (request) => e2e.requests.push(request))
  })
  afterEach(() => e2e.context.close())
  return e2e
}
