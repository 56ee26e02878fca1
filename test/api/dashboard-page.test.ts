import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defaultPaths } from '@klankbord/analytics/pipeline'
import { tableFromJSON, tableToIPC } from 'apache-arrow'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { storePublication } from '../../api/src/services/statistics/publication-store.js'
import { createStaff, login } from '../support/staff.js'
import { startTestApp, type TestApp } from '../support/test-app.js'

const concerns = (year: string, municipality: string, domain: string, n: number | null) => ({ year, municipality, domain, concerns: n, suppressed: n === null })

/** A data directory with a small publication: one table is enough for the page to draw its views. */
function dataDirWithStatistics(): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'klankbord-dashboard-route-'))
  const { outDir } = defaultPaths(dataDir)
  mkdirSync(outDir, { recursive: true })
  const rows = [concerns('2024', '*', '*', 40), concerns('2025', '*', '*', 60), concerns('2025', 'Gennep', '*', 35), concerns('2025', 'Bergen (L)', '*', 25), concerns('2025', 'Gennep', 'wmo', null)]
  writeFileSync(join(outDir, 'concerns.arrow'), tableToIPC(tableFromJSON(rows)))
  return dataDir
}

describe('GET /dashboard/, drawn on the server', () => {
  let app: TestApp
  let dataDir: string
  beforeAll(async () => {
    dataDir = dataDirWithStatistics()
    app = await startTestApp({ config: { proofOfWork: false, rateLimit: false, dataDir } })
    // Served from the store, as every instance serves one publication.
    await storePublication(app.store, defaultPaths(dataDir).outDir, new Date())
    app.deps.published.refresh()
  })
  afterAll(async () => {
    await app?.close()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('without access says how to log in, in Dutch and English, as a page (200) under the strict CSP; a council session gets the figures', async () => {
    const response = await fetch(`${app.url}/dashboard/?jaar=2025`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toContain("style-src 'self'")
    expect(response.headers.get('content-security-policy')).not.toContain('unsafe-inline')
    const page = await response.text()
    expect(page).toContain('Log eerst in')
    expect(page).toContain('Please log in first')
    expect(page).toContain('href="/inbox/"')
    expect(page).not.toMatch(/<svg|<table/)

    const council = await login(app, await createStaff(app, 'council', []))
    const signedIn = await council.request('GET', '/dashboard/?jaar=2025')
    expect(signedIn.status).toBe(200)
    const figures = await signedIn.text()
    expect(figures).toContain('<form class="filters no-print" method="get" action="/dashboard/"')
    expect(figures).toMatch(/<svg[^>]*role="img"/)
    expect(figures).not.toMatch(/<style|\sstyle="/)
  })

  it('when public: the page for the choices, compressed; a link with empty or unknown choices is sent on to the address of what it shows', async () => {
    const admin = await login(app, await createStaff(app, 'administrator', []))
    expect((await admin.request('PATCH', '/api/v1/admin/publication', { statisticsPublic: true })).status).toBe(200)
    try {
      const page = await fetch(`${app.url}/dashboard/?jaar=2025&gemeente=Bergen+%28L%29`, { headers: { 'Accept-Encoding': 'br' } })
      expect(page.status).toBe(200)
      expect(page.headers.get('content-encoding')).toBe('br')
      expect(await page.text()).toContain('<option value="Bergen (L)" selected>')

      const sentOn = await fetch(`${app.url}/dashboard/?jaar=2025&gemeente=Bergen+%28L%29&domein=&taal=nl`, { redirect: 'manual' })
      expect(sentOn.status).toBe(302)
      expect(sentOn.headers.get('location')).toBe('/dashboard/?jaar=2025&gemeente=Bergen+%28L%29')
      const unknown = await fetch(`${app.url}/dashboard/?jaar=1999&gemeente=Nergenshuizen`, { redirect: 'manual' })
      expect(unknown.headers.get('location')).toBe('/dashboard/')
      expect((await fetch(`${app.url}/dashboard?taal=en`, { redirect: 'manual' })).headers.get('location')).toBe('/dashboard/?taal=en')

      // The page's own files; nothing else is served from the folder.
      for (const [file, type] of [['dashboard.js', 'text/javascript'], ['dashboard.css', 'text/css']] as const) {
        const asset = await fetch(`${app.url}/dashboard/${file}`)
        expect(asset.status, file).toBe(200)
        expect(asset.headers.get('content-type')).toContain(type)
      }
      expect((await fetch(`${app.url}/dashboard/index.html`)).status).toBe(404)
    } finally {
      await admin.request('PATCH', '/api/v1/admin/publication', { statisticsPublic: false })
    }
  })
})
