/** How closed concerns ended, with the share closed without a formal procedure and its change against last year. */
import type { Locale } from '@klankbord/contract/vocabulary'
import { formatCount, formatPointChange, formatShare } from '../number-format.js'
import { drawBars } from './bars.js'
import { barOf, byCount, categoryItems, hasWithheld, rowOf } from './categories.js'
import { DOMAIN, labelOf, OUTCOME } from './labels.js'
import { ACCENT, PRIMARY } from './palette.js'
import { scopeOf } from './scope.js'
import { ALL, cell, countOf, matching, rowsOf, statisticOf } from './select.js'
import type { ChartData, ChartView, PublishedTables } from './types.js'
import { emptyView, makeView } from './view.js'
import { basisNote, domainNotApplied, inPlace, say, sentences, suppressionNote } from './words.js'

/** Outcomes that are a formal procedure: what the confidant hopes to prevent. */
const FORMAL = new Set(['formal-complaint', 'objection'])

const withoutProcedure = (tables: PublishedTables, year: string | undefined, municipality: string): number | null =>
  year ? statisticOf(cell(rowsOf(tables, 'concerns'), { year, municipality, domain: ALL }), 'closed_without_procedure_share') : null

function shareSentence(locale: Locale, year: string, share: number | null, previousYear: string | undefined, previous: number | null): string | false {
  if (share === null) return false
  const now = say(locale, `${formatShare(share, locale)} werd afgesloten zonder klacht of bezwaar.`, `${formatShare(share, locale)} was closed without a complaint or objection.`)
  if (previous === null || !previousYear) return now
  const change = formatPointChange(previous, share, locale)
  return `${now} ${say(locale, `In ${previousYear} was dat ${formatShare(previous, locale)} (${change} procentpunt).`, `In ${previousYear} it was ${formatShare(previous, locale)} (${change} percentage points).`)}`
}

export function outcomesView(data: ChartData): ChartView {
  const { locale, k, tables } = data
  const { year, previousYear, municipality, domain } = scopeOf(data)
  const place = inPlace(locale, municipality)
  const caption = say(locale, `Uitkomst van afgesloten meldingen${place} in ${year ?? ''}`, `Outcome of closed concerns${place} in ${year ?? ''}`)
  const columns = [say(locale, 'Uitkomst', 'Outcome'), say(locale, 'Meldingen', 'Concerns'), say(locale, 'Deel van afgesloten meldingen', 'Share of closed concerns')]
  const rows = year ? matching(rowsOf(tables, 'outcomes'), { year, municipality }) : []
  if (!year || !rows.some((row) => row.outcome !== ALL)) return emptyView('outcomes', data, year, caption, columns)

  const total = countOf(cell(rows, { outcome: ALL }))
  const items = categoryItems(rows, 'outcome', OUTCOME, locale, total)
  const share = withoutProcedure(tables, year, municipality)
  const previous = withoutProcedure(tables, previousYear, municipality)
  const top = [...items].sort(byCount)[0]
  const title =
    share !== null
      ? say(locale, `${formatShare(share, locale)} afgesloten zonder formele procedure`, `${formatShare(share, locale)} closed without a formal procedure`) +
        (previous !== null ? ` (${previousYear}: ${formatShare(previous, locale)})` : '')
      : top?.value != null
        ? say(locale, `Meest voorkomende uitkomst: ${top.label} (${formatCount(top.value, locale)})`, `Most common outcome: ${top.label} (${formatCount(top.value, locale)})`)
        : say(locale, `Uitkomsten in ${year}: alle aantallen onder de ${k}`, `Outcomes in ${year}: all numbers below ${k}`)
  const summary = sentences(
    total === null
      ? say(locale, `Hoe meldingen afliepen die${place} in ${year} zijn afgesloten.`, `How concerns closed${place} in ${year} ended.`)
      : say(locale, `Hoe de ${formatCount(total, locale)} meldingen afliepen die${place} in ${year} zijn afgesloten.`, `How the ${formatCount(total, locale)} concerns closed${place} in ${year} ended.`),
    shareSentence(locale, year, share, previousYear, previous),
    say(locale, 'Klacht en bezwaar zijn in een andere kleur.', 'Complaint and objection are in another colour.'),
    hasWithheld(items) && suppressionNote(locale, k),
    share === null && basisNote(locale, k),
    domain !== ALL && domainNotApplied(locale, labelOf(DOMAIN, domain, locale)),
  )
  const bars = items.map((item) => barOf(item, locale, FORMAL.has(item.code) ? ACCENT : PRIMARY))
  const table = { caption, columns, rows: items.map((item) => rowOf(item, k, locale)) }
  const xLabel = say(locale, 'Afgesloten meldingen', 'Closed concerns')
  return makeView('outcomes', { title, summary, table, draw: (canvas) => drawBars(bars, { k, locale, xLabel }, canvas) })
}
