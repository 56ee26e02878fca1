import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { tableFromJSON, tableToIPC } from 'apache-arrow'
import { parseHTML } from 'linkedom'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { svgForPage } from '../src/page/chart-svg.js'
import { createDashboardPages } from '../src/page/dashboard-pages.js'
import { html, raw } from '../src/page/html.js'
import { LruCache } from '../src/page/lru-cache.js'
import { renderAccessPage } from '../src/page/render-page.js'
import { stateFromSearch } from '../src/page/url-state.js'

const K = 5

describe('html', () => {
  it('escapes text and attribute values, leaves nested templates and raw markup alone, renders nothing for false and null', () => {
    const name = '"Bergen" <L> & co\'s'
    const out = html`<p title="${name}">${name}${false}${null}${undefined}${[html`<b>${1}</b>`, 2]}${raw('<svg></svg>')}</p>`
    expect(out.value).toBe('<p title="&quot;Bergen&quot; &lt;L&gt; &amp; co&#39;s">&quot;Bergen&quot; &lt;L&gt; &amp; co&#39;s<b>1</b>2<svg></svg></p>')
  })
})

describe('svgForPage', () => {
  it('takes out what a strict CSP refuses: <style> and style attributes become presentation attributes; mark names move to data-mark', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>')
    const host = document.createElement('div')
    host.innerHTML =
      '<svg class="plot-1" style="color:#1a1a1a;background:#fff;font-family:Noto Sans, sans-serif;font-size:12px" role="img" aria-label="Titel">' +
      '<style>.plot-1 { display: block }</style><g aria-label="bar" style="fill:#0b5;opacity:0.5"><rect width="3" height="4"></rect></g></svg>'
    const out = svgForPage(host.querySelector('svg') as unknown as SVGSVGElement, 'view__svg view__svg--narrow')
    expect(out).not.toMatch(/<style|\sstyle=/)
    expect(out).toContain('font-family="Noto Sans, sans-serif"')
    expect(out).toContain('font-size="12px"')
    expect(out).toContain('fill="#0b5"')
    expect(out).toContain('opacity="0.5"')
    expect(out).not.toContain('background')
    expect(out).toContain('data-mark="bar"')
    expect(out).toContain('aria-label="Titel"')
    expect(out.match(/aria-label=/g)).toHaveLength(1)
    expect(out).toContain('class="plot-1 view__svg view__svg--narrow"')
  })
})

describe('LruCache', () => {
  it('keeps at most its capacity, dropping the entry used longest ago', () => {
    const cache = new LruCache<string, number>(2)
    cache.set('a', 1)
    cache.set('b', 2)
    expect(cache.get('a')).toBe(1)
    cache.set('c', 3)
    expect(cache.get('b')).toBeUndefined()
    expect(cache.get('a')).toBe(1)
    expect(cache.get('c')).toBe(3)
    expect(cache.size).toBe(2)
  })
})

describe('renderAccessPage', () => {
  it('says how to log in, in the chosen language first and then the other, with a link to the inbox and no figures', () => {
    const page = renderAccessPage(stateFromSearch('?taal=en&jaar=2025'), 'unauthorized')
    expect(page).toMatch(/^<!doctype html>\s*<html lang="en">/)
    expect(page.indexOf('Please log in first')).toBeGreaterThan(0)
    expect(page.indexOf('Please log in first')).toBeLessThan(page.indexOf('Log eerst in'))
    expect(page).toContain('<section class="notice notice--warning" lang="nl"')
    expect(page.match(/href="\/inbox\/"/g)).toHaveLength(2)
    expect(page).not.toMatch(/<svg|<table|<form/)
  })
})

describe('createDashboardPages', () => {
  let dir: string
  const writeTable = (name: string, rows: Record<string, string | number | boolean | null>[]) => writeFileSync(join(dir, `${name}.arrow`), tableToIPC(tableFromJSON(rows)))
  const concerns = (year: string, municipality: string, domain: string, n: number | null) => ({ year, municipality, domain, concerns: n, suppressed: n === null })

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'klankbord-dashboard-pages-'))
    writeTable('concerns', [
      concerns('2024', '*', '*', 40),
      concerns('2025', '*', '*', 60),
      concerns('2025', 'Gennep', '*', 35),
      concerns('2025', 'Bergen (L)', '*', 25),
      concerns('2025', 'Gennep', 'wmo', 20),
      concerns('2025', 'Gennep', 'youth', null),
    ])
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('draws a page once per publication, filters and language; a link with choices not on offer shares the default page', async () => {
    const pages = createDashboardPages({ statisticsDir: dir, k: K })
    const first = await pages.page('')
    expect(first.search).toBe('')
    const text = new TextDecoder().decode(first.body)
    expect(text).toContain('<form class="filters no-print" method="get" action="/dashboard/"')
    expect(text).toContain('<option value="2025" selected>')
    expect(text).not.toMatch(/<style|\sstyle=|<script(?![^>]*\ssrc=)/)
    expect(await pages.page('')).toBe(first)
    expect(await pages.page('?jaar=1999&gemeente=Nergens')).toBe(first)

    const chosen = await pages.page('?jaar=2025&gemeente=Bergen+%28L%29&domein=&taal=nl')
    expect(chosen.search).toBe('?jaar=2025&gemeente=Bergen+%28L%29')
    expect(chosen.key).not.toBe(first.key)
    expect(new TextDecoder().decode(chosen.body)).toContain('<option value="Bergen (L)" selected>')
  })

  it('draws again after a new publication', async () => {
    const pages = createDashboardPages({ statisticsDir: dir, k: K })
    await pages.warm()
    const before = await pages.page('?taal=en')
    expect(new TextDecoder().decode(before.body)).toMatch(/^<!doctype html>\s*<html lang="en">/)
    const later = new Date(Date.now() + 60_000)
    utimesSync(join(dir, 'concerns.arrow'), later, later)
    const after = await pages.page('?taal=en')
    expect(after).not.toBe(before)
    expect(after.key).not.toBe(before.key)
  })

  it('says that nothing is published yet when there are no tables', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'klankbord-dashboard-empty-'))
    try {
      const page = await createDashboardPages({ statisticsDir: empty, k: K }).page('?jaar=2025')
      expect(page.search).toBe('')
      expect(new TextDecoder().decode(page.body)).toContain('Nog geen cijfers')
    } finally {
      rmSync(empty, { recursive: true, force: true })
    }
  })
})
