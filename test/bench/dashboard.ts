import { brotliCompressSync } from 'node:zlib'
import { DOMAINS, LOCALES } from '@klankbord/contract/vocabulary'
import type { Browser } from 'playwright-core'
import { launchChromium } from '../support/browser.js'
import { startServerProcess } from '../support/cli.js'
import { REGION, WANTED_MUNICIPALITIES, type RegionalStore } from './regional-store.js'
import { kb, ms, type Row } from './table.js'

const LOADS = 7
/** Goals of issue 16. */
const GOALS = { firstChartMs: 300, scriptKb: 60 } as const
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, 'phone 360×740': { width: 360, height: 740 } } as const

/** The bench's own mark, set from outside the page (the page itself needs no script to show its charts). */
const PAINTED = 'bench-first-chart-painted'
/** The mark the dashboard's script sets once it runs and the first chart is on screen. */
const SCRIPT_MARK = 'klankbord-first-chart'

/**
 * Runs before the page's own scripts (and outside its CSP): as soon as the parser puts the first chart's <svg> in
 * the document, wait for the next frame and set a mark. A string, so tsx adds no helpers to it. The page needs
 * no script for its charts, so the bench watches from outside instead of reading a mark the page sets.
 */
const FIRST_CHART_OBSERVER = `(() => {
  const painted = () => requestAnimationFrame(() => setTimeout(() => performance.mark('${PAINTED}')))
  const observer = new MutationObserver(() => {
    if (!document.querySelector('svg.view__svg')) return
    observer.disconnect()
    painted()
  })
  observer.observe(document, { childList: true, subtree: true })
})()`

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const at = <T extends Record<K, number>, K extends string>(loads: readonly T[], key: K) => ms(median(loads.map((l) => l[key])))
const range = (values: number[]) => `${ms(Math.min(...values))}–${ms(Math.max(...values))}`

type Load = { firstChartMs: number; insertedMs: number; fcpMs: number; responseStartMs: number; responseEndMs: number; scriptMarkMs: number; htmlWireBytes: number; htmlBytes: number; scripts: string[] }

async function loadOnce(browser: Browser, url: string, viewport: { width: number; height: number }): Promise<Load> {
  const context = await browser.newContext({ locale: 'nl-NL', viewport })
  try {
    const page = await context.newPage()
    await page.addInitScript(FIRST_CHART_OBSERVER)
    await page.goto(url)
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, PAINTED, { timeout: 30_000 })
    await page.waitForLoadState('networkidle')
    return await page.evaluate(
      ({ painted, scriptMark }) => {
        const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
        const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.initiatorType === 'script').map((e) => e.name)
        const inserted = performance.getEntriesByName(painted)[0]!.startTime
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN
        return {
          // The frame after the chart came in, but never before the first paint's presentation: whichever is later.
          firstChartMs: Math.max(inserted, fcp),
          insertedMs: inserted,
          fcpMs: fcp,
          responseStartMs: navigation.responseStart,
          responseEndMs: navigation.responseEnd,
          scriptMarkMs: performance.getEntriesByName(scriptMark)[0]?.startTime ?? Number.NaN,
          htmlWireBytes: navigation.transferSize,
          htmlBytes: navigation.decodedBodySize,
          scripts,
        }
      },
      { painted: PAINTED, scriptMark: SCRIPT_MARK },
    )
  } finally {
    await context.close()
  }
}

/**
 * The council dashboard on a regional deployment: 20 municipalities, 5 years, 20,000 concerns seeded and published.
 * (1) "First chart visible": from navigation start until the first chart's <svg> is in the document and painted,
 * median of several loads in fresh browser contexts (nothing cached), on a desktop and a phone viewport;
 * (2) the script the page loads at first, brotli-compressed; (3) what a new choice costs the server.
 */
export async function dashboardRows(store: RegionalStore): Promise<Row[]> {
  const server = await startServerProcess({ ...store.env, KLANKBORD_PUBLIC_STATISTICS: 'on' })
  const browser = await launchChromium()
  const rows: Row[] = []
  try {
    const url = `${server.url}/dashboard/`
    // The server draws the default page once after its start; this waits for that, as a visitor a minute later would.
    await fetch(url, { headers: { 'Accept-Encoding': 'br' } }).then((response) => response.arrayBuffer())
    let last: Load | undefined
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      const loads: Load[] = []
      for (let i = 0; i < LOADS; i++) loads.push(await loadOnce(browser, url, viewport))
      last = loads.at(-1)!
      const times = loads.map((l) => l.firstChartMs)
      rows.push({
        measure: `dashboard first chart visible, ${name}`,
        value: ms(median(times)),
        note: `median of ${LOADS} fresh loads (${range(times)}), navigation start to first chart <svg> in the document and painted; first byte ${at(loads, 'responseStartMs')}, last byte ${at(loads, 'responseEndMs')}, chart in the document ${at(loads, 'insertedMs')}, first contentful paint ${at(loads, 'fcpMs')}, script mark ${at(loads, 'scriptMarkMs')}; goal ≤ ${GOALS.firstChartMs} ms`,
      })
    }
    const scripts = await Promise.all(last!.scripts.map(async (src) => new Uint8Array(await (await fetch(src)).arrayBuffer())))
    const raw = scripts.reduce((sum, bytes) => sum + bytes.byteLength, 0)
    const brotli = scripts.reduce((sum, bytes) => sum + brotliCompressSync(bytes).byteLength, 0)
    rows.push(
      {
        measure: 'dashboard script at first load, brotli 11',
        value: kb(brotli),
        note: `${scripts.length} script${scripts.length === 1 ? '' : 's'}, ${kb(raw)} minified; no Lit, Plot or Arrow in the browser; goal ≤ ${GOALS.scriptKb} KB`,
      },
      {
        measure: `dashboard page, ${REGION.years} y × ${REGION.municipalities} municipalities`,
        value: kb(last!.htmlWireBytes),
        note: `the HTML as it crossed the wire (brotli), ${kb(last!.htmlBytes)} unpacked: 8 charts drawn twice (phone and wide) and their tables${REGION.municipalities < WANTED_MUNICIPALITIES ? ` (for ${WANTED_MUNICIPALITIES}; the seed has ${REGION.municipalities})` : ''}`,
      },
    )
    rows.push(await newChoiceRow(server.url))
  } finally {
    await browser.close()
    await server.stop()
  }
  return rows
}

/** A choice nobody made before: the server draws the page (then keeps it). Median over a few municipalities. */
async function newChoiceRow(url: string): Promise<Row> {
  const page = await (await fetch(`${url}/dashboard/`)).text()
  const municipalities = [...page.matchAll(/<option value="([^"]+)">/g)].map((m) => m[1]!).filter((value) => !/^\d{4}$/.test(value) && !([...DOMAINS, ...LOCALES] as string[]).includes(value))
  const times: number[] = []
  for (const municipality of municipalities.slice(0, LOADS)) {
    const started = performance.now()
    await (await fetch(`${url}/dashboard/?${new URLSearchParams({ gemeente: municipality })}`, { headers: { 'Accept-Encoding': 'br' } })).arrayBuffer()
    times.push(performance.now() - started)
  }
  return { measure: 'dashboard new choice, drawn on the server', value: ms(median(times)), note: `median of ${times.length} municipalities not asked before (${range(times)}); a second visit is served from the cache` }
}
