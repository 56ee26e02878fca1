/**
 * Concerns per period, one panel per domain with a shared scale. A withheld period draws a dashed outline from
 * 0 to k (its value lies somewhere in there) and, where there is room, the text "< k".
 */
import * as Plot from '@observablehq/plot'
import type { Locale } from '@klankbord/contract/vocabulary'
import { formatCell, formatCount, formatShare } from '../number-format.js'
import { DOMAIN, inVocabularyOrder, labelOf } from './labels.js'
import { GRID, INK, MUTED, PRIMARY } from './palette.js'
import { formatPeriod, yearOfPeriod } from './period.js'
import { baseOptions, HALO, type Canvas } from './plot-style.js'
import { scopeOf } from './scope.js'
import { ALL, cell, countOf, matching, rowsOf, shareOf } from './select.js'
import type { ChartData, ChartView, PublishedTables } from './types.js'
import { emptyView, makeView } from './view.js'
import { inPlace, say, sentences, suppressionNote } from './words.js'

/** Years shown up to the chosen one: enough for a trend, few enough for months to stay readable. */
const YEARS_SHOWN = 3

type Point = { readonly period: string; readonly domain: string; readonly value: number | null }

const PANEL = 70
const PANEL_HEADER = 18

function draw(points: readonly Point[], periods: readonly string[], domains: readonly string[], data: ChartData, canvas: Canvas): Element {
  const { locale, k } = data
  const label = (code: string) => labelOf(DOMAIN, code, locale)
  const drawn = points.filter((point) => point.value !== null)
  const withheld = points.filter((point) => point.value === null)
  const largest = Math.max(k, ...drawn.map((point) => point.value ?? 0))
  // Ticks for at most about twelve periods, so month labels do not run into each other.
  const step = Math.ceil(periods.length / 12)
  const roomForText = canvas.width / Math.max(1, periods.length) >= 26
  return Plot.plot({
    ...baseOptions(canvas),
    height: 60 + domains.length * (PANEL + PANEL_HEADER),
    marginLeft: 64,
    marginBottom: periods.length > 6 ? 56 : 30,
    x: { domain: periods, label: null, tickFormat: (period: string) => formatPeriod(period, locale), ticks: periods.filter((_, i) => i % step === 0), tickRotate: periods.length > 6 ? -35 : 0 },
    y: { domain: [0, largest * 1.1], label: say(locale, 'Meldingen', 'Concerns'), grid: true, ticks: 3, tickFormat: (n: number) => formatCount(n, locale), insetTop: PANEL_HEADER },
    fy: { domain: domains.map(label), axis: null, label: null, padding: 0.15 },
    marks: [
      Plot.gridY({ stroke: GRID, strokeOpacity: 1, ticks: 3 }),
      Plot.barY(drawn, { x: 'period', y: 'value', fy: (point: Point) => label(point.domain), fill: PRIMARY, inset: 1 }),
      Plot.rectY(withheld, { x: 'period', y1: 0, y2: k, fy: (point: Point) => label(point.domain), fill: 'none', stroke: MUTED, strokeDasharray: '2,2', inset: 2 }),
      ...(roomForText ? [Plot.text(withheld, { x: 'period', y: k, fy: (point: Point) => label(point.domain), text: () => `< ${k}`, dy: -7, fill: MUTED, fontSize: 10 })] : []),
      Plot.ruleY([0], { stroke: INK }),
      Plot.text(domains.map(label), { fy: (d: string) => d, text: (d: string) => d, frameAnchor: 'top-left', fontWeight: 'bold', fill: INK, ...HALO }),
    ],
  })
}

const yearTotal = (tables: PublishedTables, year: string | undefined, municipality: string, domain: string): number | null =>
  year ? countOf(cell(rowsOf(tables, 'concerns'), { year, municipality, domain })) : null

function titleOf(data: ChartData, year: string, municipality: string, domain: string, domains: readonly string[]): string {
  const { locale, tables } = data
  const total = yearTotal(tables, year, municipality, ALL)
  if (domain !== ALL) {
    const count = yearTotal(tables, year, municipality, domain)
    const name = labelOf(DOMAIN, domain, locale)
    if (count === null) return say(locale, `Meldingen over ${name} per periode`, `Concerns about ${name} per period`)
    const share = shareOf(count, total)
    return say(locale, `${formatCount(count, locale)} meldingen over ${name} in ${year}`, `${formatCount(count, locale)} concerns about ${name} in ${year}`) + (share === null ? '' : say(locale, ` (${formatShare(share, locale)} van alle)`, ` (${formatShare(share, locale)} of all)`))
  }
  const counts = domains.map((code) => ({ code, count: yearTotal(tables, year, municipality, code) })).filter((c): c is { code: string; count: number } => c.count !== null)
  const top = counts.sort((a, b) => b.count - a.count)[0]
  if (!top) return say(locale, 'Meldingen per periode en domein', 'Concerns per period and domain')
  const name = labelOf(DOMAIN, top.code, locale)
  const share = shareOf(top.count, total)
  return total === null || share === null
    ? say(locale, `Meeste meldingen in ${year} over ${name}: ${formatCount(top.count, locale)}`, `Most concerns in ${year} about ${name}: ${formatCount(top.count, locale)}`)
    : say(
        locale,
        `Meeste meldingen in ${year} over ${name}: ${formatCount(top.count, locale)} van ${formatCount(total, locale)} (${formatShare(share, locale)})`,
        `Most concerns in ${year} about ${name}: ${formatCount(top.count, locale)} of ${formatCount(total, locale)} (${formatShare(share, locale)})`,
      )
}

function trendSentence(locale: Locale, now: number | null, before: number | null, previousYear: string | undefined, year: string): string | false {
  if (now === null || before === null || !previousYear || before === 0) return false
  const change = (now - before) / before
  if (change === 0) return say(locale, `Dat is evenveel als in ${previousYear}.`, `That is the same as in ${previousYear}.`)
  const amount = formatShare(Math.abs(change), locale)
  return change > 0
    ? say(locale, `In ${year} waren er ${amount} meer meldingen dan in ${previousYear} (${formatCount(before, locale)}).`, `In ${year} there were ${amount} more concerns than in ${previousYear} (${formatCount(before, locale)}).`)
    : say(locale, `In ${year} waren er ${amount} minder meldingen dan in ${previousYear} (${formatCount(before, locale)}).`, `In ${year} there were ${amount} fewer concerns than in ${previousYear} (${formatCount(before, locale)}).`)
}

export function overTimeView(data: ChartData): ChartView {
  const { locale, k, tables } = data
  const { year, previousYear, municipality, domain } = scopeOf(data)
  const place = inPlace(locale, municipality)
  const caption = say(locale, `Meldingen per periode en domein${place}`, `Concerns per period and domain${place}`)
  const columns = [say(locale, 'Domein', 'Domain'), say(locale, 'Periode', 'Period'), say(locale, 'Meldingen', 'Concerns')]
  const first = year ? String(Number(year) - (YEARS_SHOWN - 1)) : ''
  const rows = year
    ? matching(rowsOf(tables, 'over_time'), { municipality }).filter((row) => {
        const periodYear = yearOfPeriod(String(row.period))
        return row.period !== ALL && periodYear >= first && periodYear <= year && (domain === ALL ? row.domain !== ALL : row.domain === domain)
      })
    : []
  if (!year || !rows.some((row) => yearOfPeriod(String(row.period)) === year)) return emptyView('over-time', data, year, caption, columns)

  const periods = [...new Set(rows.map((row) => String(row.period)))].sort()
  const domains = inVocabularyOrder(DOMAIN, rows.map((row) => String(row.domain)))
  const points: Point[] = domains.flatMap((code) =>
    periods.flatMap((period) => {
      const row = cell(rows, { domain: code, period })
      return row ? [{ period, domain: code, value: countOf(row) }] : []
    }),
  )
  const withheld = points.some((point) => point.value === null)
  const table = {
    caption,
    columns,
    rows: points.map((point) => [labelOf(DOMAIN, point.domain, locale), formatPeriod(point.period, locale), formatCell(point.value, k, locale)]),
  }
  const summary = sentences(
    say(
      locale,
      `Hoeveel meldingen er${place} per periode binnenkwamen, van ${formatPeriod(periods[0]!, locale)} tot en met ${formatPeriod(periods.at(-1)!, locale)}, per domein.`,
      `How many concerns${place} came in per period, from ${formatPeriod(periods[0]!, locale)} to ${formatPeriod(periods.at(-1)!, locale)}, per domain.`,
    ),
    trendSentence(locale, yearTotal(tables, year, municipality, domain), yearTotal(tables, previousYear, municipality, domain), previousYear, year),
    withheld && suppressionNote(locale, k),
    withheld && say(locale, `Zo’n periode staat in de grafiek als een gestippeld vak tot ${k}.`, `Such a period is drawn as a dotted box up to ${k}.`),
  )
  return makeView('over-time', { title: titleOf(data, year, municipality, domain, domains), summary, table, draw: (canvas) => draw(points, periods, domains, data, canvas) })
}
