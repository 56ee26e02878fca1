import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync } from 'node:zlib'
import { MUNICIPALITY_PROFILES } from '@klankbord/fixtures'
import { DASHBOARD_PACKAGE_DIR } from '../../api/src/routes/static-files.js'
import { launchChromium } from '../support/browser.js'
import { runCli, startServerProcess } from '../support/cli.js'
import { kb, ms, type Row } from './table.js'

/** The goal is stated for 20 municipalities (the seed knows 20 real ones). */
const WANTED_MUNICIPALITIES = 20
const MUNICIPALITIES = Math.min(WANTED_MUNICIPALITIES, MUNICIPALITY_PROFILES.length)
const YEARS = 5
const CONCERNS = 20_000
const LOADS = 7
/** Performance marks the dashboard sets: script evaluated, statistics parsed, first chart on the page (kb-chart-section). */
const MARKS = { script: 'klankbord-script', data: 'klankbord-data', firstChart: 'klankbord-first-chart' } as const

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

type Load = { scriptMs: number; dataMs: number; firstChartMs: number; wireBytes: number; bodyBytes: number; responses: number; encodings: Set<string> }

/**
 * The council dashboard on a regional deployment: 20 municipalities, 5 years, 20,000 concerns seeded and published.
 * (1) The bytes of every statistics response the page fetches at load, as they cross the wire (compressed as the
 * browser asked) and unpacked; (2) the time from navigation to the first chart <svg>, median of several loads in
 * fresh browser contexts (nothing cached).
 */
export async function dashboardRows(): Promise<Row[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'klankbord-bench-dashboard-'))
  const env = { KLANKBORD_DATA_DIR: dataDir }
  try {
    const seeded = await runCli(['seed', '--concerns', String(CONCERNS), '--municipalities', String(MUNICIPALITIES), '--years', String(YEARS)], env)
    if (seeded.code !== 0) throw new Error(`klankbord seed failed (${seeded.code}):\n${seeded.stderr}`)
    const pipeline = await runCli(['pipeline'], env)
    if (pipeline.code !== 0) throw new Error(`klankbord pipeline failed (${pipeline.code}):\n${pipeline.stderr}`)
    const server = await startServerProcess({ ...env, KLANKBORD_PUBLIC_STATISTICS: 'on' })
    const browser = await launchChromium()
    const loads: Load[] = []
    try {
      for (let i = 0; i < LOADS; i++) {
        const context = await browser.newContext({ locale: 'nl-NL' })
        const page = await context.newPage()
        const encodings = new Set<string>()
        page.on('response', (response) => {
          if (new URL(response.url()).pathname.startsWith('/api/v1/statistics')) encodings.add(response.headers()['content-encoding'] ?? 'identity')
        })
        await page.goto(`${server.url}/dashboard/`)
        await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARKS.firstChart, { timeout: 30_000 })
        await page.waitForLoadState('networkidle')
        // Resource Timing: transferSize is what crossed the wire (headers and compressed body), decodedBodySize the unpacked body.
        const measured = await page.evaluate((marks) => {
          const statistics = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => new URL(e.name).pathname.startsWith('/api/v1/statistics'))
          // No helper function in here: tsx would wrap it in a __name() call that the page does not have.
          const [script, data, firstChart] = [marks.script, marks.data, marks.firstChart].map((name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN)
          return {
            scriptMs: script!,
            dataMs: data!,
            firstChartMs: firstChart!,
            wireBytes: statistics.reduce((sum, e) => sum + e.transferSize, 0),
            bodyBytes: statistics.reduce((sum, e) => sum + e.decodedBodySize, 0),
            responses: statistics.length,
          }
        }, MARKS)
        loads.push({ ...measured, encodings })
        await context.close()
      }
    } finally {
      await browser.close()
      await server.stop()
    }
    const times = loads.map((l) => l.firstChartMs)
    const last = loads.at(-1)!
    const script = readFileSync(join(DASHBOARD_PACKAGE_DIR, 'dist/app/dashboard.js'))
    return [
      {
        measure: `dashboard data at load, ${YEARS} y × ${MUNICIPALITIES} municipalities`,
        value: kb(last.wireBytes),
        note: `${last.responses} statistics responses (${[...last.encodings].join(', ')}), ${kb(last.bodyBytes)} unpacked; ${CONCERNS.toLocaleString('en-US')} concerns; budget 100 KB${MUNICIPALITIES < WANTED_MUNICIPALITIES ? ` (for ${WANTED_MUNICIPALITIES}; the seed has ${MUNICIPALITIES})` : ''}`,
      },
      {
        measure: 'dashboard first chart, Chromium',
        value: ms(median(times)),
        note: `median of ${LOADS} loads in fresh contexts (${ms(Math.min(...times))}–${ms(Math.max(...times))}), navigation start to first <svg>; script ran at ${ms(median(loads.map((l) => l.scriptMs)))}, data parsed at ${ms(median(loads.map((l) => l.dataMs)))}; budget 500 ms`,
      },
      { measure: 'dashboard script, brotli 11', value: kb(brotliCompressSync(script).length), note: `${kb(script.length)} minified: Lit, Plot, Arrow reader, charts` },
    ]
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}
