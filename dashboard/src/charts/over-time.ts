/**
 * Concerns per period, one panel per domain with a shared scale. A withheld period draws no bar and no box: the
 * neutral mark sits on the baseline, explained in the key and the footnote. Partial periods carry their dates.
 */
import * as Plot from '@observablehq/plot'
import type { Locale } from '@klankbord/contract/vocabulary'
import { formatCell, formatCompact, formatCount, formatShare, WITHHELD_MARK } from '../number-format.js'
import { byCount, leaderOf, type Item } from './categories.js'
import { compareYears } from './comparison.js'
import { periodText } from './coverage.js'
import { legendOf, viewFootnotes } from './footnotes.js'
import { DOMAIN, inVocabularyOrder, labelOf } from './labels.js'
import { drawNote } from './note.js'
import { GRID, INK, MUTED, PRIMARY } from './palette.js'
import { yearOfPeriod } from './period.js'
import { periodTicks } from './period-ticks.js'
import { baseOptions, HALO, type Canvas } from './plot-style.js'
import { scopeOf } from './scope.js'
import { ALL, cell, countOf, matching, rowsOf, shareOf } from './select.js'
import { stackSvgs } from './stack.js'
import { textWidth } from './text-width.js'
import { fittingTicks } from './ticks.js'
import type { ChartData, ChartView, PublishedTables } from './types.js'
import { emptyView, makeView } from './view.js'
import { inPlace, say, sentences, withheldHeadline } from './words.js'

/** Years shown up to the chosen one: enough for a trend, few enough for months to stay readable. */
const YEARS_SHOWN = 3

type Point = { readonly period: string; readonly domain: string; readonly value: number | null }

const PANEL = 70
/** Room for the domain's name above its bars, clear of the lowest tick label of the panel above. */
const PANEL_HEADER = 30
const LINE = 12
const MARGIN_RIGHT = 12

const unitOf = (periods: readonly string[], locale: Locale): string =>
  periods.some((p) => /-\d{2}$/.test(p))
    ? say(locale, 'Meldingen per maand', 'Concerns per month')
    : periods.some((p) => /-K\d$/.test(p))
      ? say(locale, 'Meldingen per kwartaal', 'Concerns per quarter')
      : say(locale, 'Meldingen per jaar', 'Concerns per year')

function draw(points: readonly Point[], periods: readonly string[], domains: readonly string[], data: ChartData, canvas: Canvas): Element {
  const { locale, tables } = data
  const label = (code: string) => labelOf(DOMAIN, code, locale)
  const drawn = points.filter((point) => point.value !== null)
  const withheld = points.filter((point) => point.value === null)
  const largest = Math.max(1, ...drawn.map((point) => point.value ?? 0))
  const format = (n: number) => (canvas.width < 480 ? formatCompact(n, locale) : formatCount(n, locale))
  const yTicks = fittingTicks(largest, PANEL, format, { integer: true, labelExtent: LINE })
  const marginLeft = Math.ceil(Math.max(...yTicks.map((n) => textWidth(format(n)))) + 12)
  const axis = periodTicks(tables, periods, canvas.width - marginLeft - MARGIN_RIGHT, locale)
  return stackSvgs(canvas.document, canvas.width, [
    drawNote(canvas, unitOf(periods, locale)),
    Plot.plot({
      ...baseOptions(canvas),
      height: 20 + axis.lines * LINE + domains.length * (PANEL + PANEL_HEADER),
      marginTop: 4,
      marginLeft,
      marginRight: MARGIN_RIGHT,
      marginBottom: 12 + axis.lines * LINE,
      x: { domain: periods, label: null, ticks: axis.ticks, tickFormat: axis.label, tickRotate: 0 },
      y: { domain: [0, largest], label: null, ticks: yTicks, tickFormat: format, insetTop: PANEL_HEADER },
      fy: { domain: domains.map(label), axis: null, label: null, padding: 0 },
      marks: [
        Plot.gridY(yTicks, { stroke: GRID, strokeOpacity: 1 }),
        Plot.barY(drawn, { x: 'period', y: 'value', fy: (point: Point) => label(point.domain), fill: PRIMARY, inset: 1 }),
        Plot.text(withheld, { x: 'period', y: 0, fy: (point: Point) => label(point.domain), text: () => WITHHELD_MARK, dy: -7, fill: MUTED, fontWeight: 'bold' }),
        Plot.ruleY([0], { stroke: INK }),
        Plot.text(domains.map(label), { fy: (d: string) => d, text: (d: string) => d, frameAnchor: 'top-left', dx: 4 - marginLeft, dy: 10, lineAnchor: 'top', fontWeight: 'bold', fill: INK, ...HALO }),
      ],
    }),
  ])
}

const yearTotal = (tables: PublishedTables, year: string | undefined, municipality: string, domain: string): number | null =>
  year ? countOf(cell(rowsOf(tables, 'concerns'), { year, municipality, domain })) : null

function titleOf(data: ChartData, year: string, municipality: string, domain: string, domains: readonly string[]): string {
  const { locale, tables } = data
  const when = periodText(tables, year, locale)
  const place = inPlace(locale, municipality)
  const total = yearTotal(tables, year, municipality, ALL)
  if (domain !== ALL) {
    const count = yearTotal(tables, year, municipality, domain)
    const name = labelOf(DOMAIN, domain, locale)
    if (count === null) return withheldHeadline(locale, { nl: `Meldingen over ${name}${place} in ${when}`, en: `Concerns about ${name}${place} in ${when}` })
    const share = shareOf(count, total)
    return (
      say(locale, `${formatCount(count, locale)} meldingen over ${name}${place} in ${when}`, `${formatCount(count, locale)} concerns about ${name}${place} in ${when}`) +
      (share === null || total === null ? '' : say(locale, ` (${formatShare(share, locale)} van alle ${formatCount(total, locale)})`, ` (${formatShare(share, locale)} of all ${formatCount(total, locale)})`))
    )
  }
  const rows = matching(rowsOf(tables, 'concerns'), { year, municipality })
  const items: Item[] = domains.map((code) => {
    const row = cell(rows, { domain: code })
    const value = countOf(row)
    return { code, label: labelOf(DOMAIN, code, locale), value, share: shareOf(value, total), margin: municipality === ALL }
  })
  const leader = leaderOf(items.sort(byCount), total)
  if (!leader)
    return total === null
      ? withheldHeadline(locale, { nl: `Meldingen${place} in ${when}`, en: `Concerns${place} in ${when}` })
      : say(locale, `${formatCount(total, locale)} meldingen${place} in ${when}`, `${formatCount(total, locale)} concerns${place} in ${when}`)
  const { item } = leader
  const most = leader.certain ? say(locale, 'Meeste', 'Most') : say(locale, 'Veel', 'Many')
  return total === null || item.share === null
    ? say(locale, `${most} meldingen${place} in ${when} over ${item.label}: ${formatCount(item.value, locale)}`, `${most} concerns${place} in ${when} about ${item.label}: ${formatCount(item.value, locale)}`)
    : say(
        locale,
        `${most} meldingen${place} in ${when} over ${item.label}: ${formatCount(item.value, locale)} van de ${formatCount(total, locale)} (${formatShare(item.share, locale)})`,
        `${most} concerns${place} in ${when} about ${item.label}: ${formatCount(item.value, locale)} of the ${formatCount(total, locale)} (${formatShare(item.share, locale)})`,
      )
}

function trendSentence(data: ChartData, now: number | null, before: number | null, previousYear: string | undefined, year: string): string | false {
  const { locale } = data
  if (now === null || before === null || !previousYear || before === 0) return false
  const comparison = compareYears(data.tables, year, previousYear, locale)
  if (!comparison.comparable) return comparison.reason
  const change = (now - before) / before
  if (change === 0) return say(locale, `Dat is evenveel als in ${previousYear}.`, `That is the same as in ${previousYear}.`)
  const amount = formatShare(Math.abs(change), locale)
  return change > 0
    ? say(locale, `In ${year} waren er ${amount} meer meldingen dan in ${previousYear} (${formatCount(before, locale)}).`, `In ${year} there were ${amount} more concerns than in ${previousYear} (${formatCount(before, locale)}).`)
    : say(locale, `In ${year} waren er ${amount} minder meldingen dan in ${previousYear} (${formatCount(before, locale)}).`, `In ${year} there were ${amount} fewer concerns than in ${previousYear} (${formatCount(before, locale)}).`)
}

export function overTimeView(data: ChartData): ChartView {
  const { locale, tables } = data
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
  if (!year || !rows.some((row) => yearOfPeriod(String(row.period)) === year)) return emptyView('over-time', data, year, caption, columns, { tables: ['over_time', 'concerns'] })

  const periods = [...new Set(rows.map((row) => String(row.period)))].sort()
  const years = [...new Set(periods.map(yearOfPeriod))]
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
    rows: points.map((point) => [labelOf(DOMAIN, point.domain, locale), periodText(tables, point.period, locale), formatCell(point.value, locale)]),
  }
  const [from, to] = [periodText(tables, periods[0]!, locale), periodText(tables, periods.at(-1)!, locale)]
  const summary = sentences(
    periods.length === 1
      ? say(locale, `Hoeveel meldingen er${place} in ${from} binnenkwamen, per domein.`, `How many concerns${place} came in in ${from}, per domain.`)
      : say(
          locale,
          `Hoeveel meldingen er${place} per periode binnenkwamen, van ${from} tot en met ${to}, per domein.`,
          `How many concerns${place} came in per period, from ${from} to ${to}, per domain.`,
        ),
    trendSentence(data, yearTotal(tables, year, municipality, domain), yearTotal(tables, previousYear, municipality, domain), previousYear, year),
  )
  const title = titleOf(data, year, municipality, domain, domains)
  return makeView('over-time', {
    title,
    summary,
    table,
    footnotes: viewFootnotes(data, { years, tables: ['over_time', 'concerns'], shown: ['domain'], withheld, periods }),
    legend: legendOf(locale, withheld),
    draw: (canvas) => draw(points, periods, domains, data, canvas),
  })
}
