import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defaultPaths } from '@klankbord/analytics/pipeline'
import { tableFromJSON, tableToIPC } from 'apache-arrow'
import { parseHTML } from 'linkedom'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { storePublication } from '../../api/src/services/statistics/publication-store.js'
import { createStaff, login, type Session } from '../support/staff.js'
import { startTestApp, type TestApp } from '../support/test-app.js'

type Cell = Record<string, string | number | boolean | null>
const cell = (dimension: string, code: string, n: number | null, municipality = '*'): Cell => ({ year: '2025', municipality, [dimension]: code, concerns: n, suppressed: n === null })

/** A publication of 2025 with 90 concerns: by intake channel (two small ones withheld) and by kind of partner. */
function dataDirWithChannels(): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'klankbord-dashboard-channels-'))
  const { outDir } = defaultPaths(dataDir)
  mkdirSync(outDir, { recursive: true })
  const write = (name: string, rows: Cell[]) => writeFileSync(join(outDir, `${name}.arrow`), tableToIPC(tableFromJSON(rows)))
  write('concerns', [{ year: '2025', municipality: '*', domain: '*', concerns: 90, suppressed: false }])
  write('intake_channels', [cell('channel', '*', 90), cell('channel', 'widget-launcher', 41), cell('channel', 'phone', 22), cell('channel', 'walk-in', 20), cell('channel', 'poster', null), cell('channel', 'own', null)])
  write('channels', [cell('partner_kind', '*', 90), cell('partner_kind', 'municipality', 50), cell('partner_kind', 'confidant', 40)])
  return dataDir
}

/** The channel view's table as the server drew it: caption and rows of cells. */
function channelTable(page: string): { caption: string; rows: string[][] } {
  const { document } = parseHTML(page)
  const table = document.querySelector('#view-channels table')!
  expect(table, 'the channel view has its table').not.toBeNull()
  return {
    caption: table.querySelector('caption')!.textContent!.trim(),
    rows: Array.from(table.querySelectorAll('tbody tr')).map((row) => Array.from(row.querySelectorAll('th, td')).map((c) => c.textContent!.trim())),
  }
}

describe('the channel view of the dashboard, drawn on the server without scripts', () => {
  let app: TestApp
  let dataDir: string
  let council: Session
  beforeAll(async () => {
    dataDir = dataDirWithChannels()
    app = await startTestApp({ config: { proofOfWork: false, rateLimit: false, dataDir } })
    await storePublication(app.store, defaultPaths(dataDir).outDir, new Date())
    app.deps.published.refresh()
    council = await login(app, await createStaff(app, 'council', []))
  })
  afterAll(async () => {
    await app?.close()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('shows how concerns came in and through which partner, in one table with the withheld mark, in Dutch', async () => {
    const response = await council.request('GET', '/dashboard/?jaar=2025')
    expect(response.status).toBe(200)
    const page = await response.text()
    const { caption, rows } = channelTable(page)
    expect(caption).toBe('Hoe meldingen binnenkwamen in 2025, en via welke partner')
    expect(rows).toEqual([
      ['Kanaal', 'Knop op een website', '41', '45,6%'],
      ['Kanaal', 'Telefoon', '22', '24,4%'],
      ['Kanaal', 'Inloopspreekuur', '20', '22,2%'],
      ['Kanaal', 'Poster of folder (QR-code)', '–', '–'],
      ['Kanaal', 'Door de vertrouwenspersoon zelf', '–', '–'],
      ['Partner', 'Gemeente', '50', '55,6%'],
      ['Partner', 'Rechtstreeks bij de vertrouwenspersoon', '40', '44,4%'],
    ])
    const { document } = parseHTML(page)
    const view = document.querySelector('#view-channels')!
    expect(view.querySelector('h2')!.textContent).toContain('Meeste meldingen in 2025 kwamen binnen via: Knop op een website')
    expect(view.textContent).toContain('– afgeschermd: een klein aantal, of afgeschermd om een klein aantal te beschermen.')
    // Both tables it reads can be downloaded beside it.
    const downloads = Array.from(view.querySelectorAll('a[download]')).map((a) => a.getAttribute('href'))
    expect(downloads.some((href) => href?.includes('intake_channels'))).toBe(true)
    expect(downloads.some((href) => href?.includes('/channels'))).toBe(true)
  })

  it('says the same in English', async () => {
    const page = await (await council.request('GET', '/dashboard/?jaar=2025&taal=en')).text()
    const { caption, rows } = channelTable(page)
    expect(caption).toBe('How concerns came in in 2025, and through which partner')
    expect(rows[0]).toEqual(['Channel', 'Button on a website', '41', '45.6%'])
    expect(rows.at(-1)).toEqual(['Partner', 'Directly with the confidant', '40', '44.4%'])
  })
})
