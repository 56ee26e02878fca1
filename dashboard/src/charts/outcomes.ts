/** How closed concerns ended, with the share closed without a formal procedure and, for equal spans, its change. */
import type { Locale } from '@klankbord/contract/vocabulary'
import { formatCount, formatPointChange, formatShare } from '../number-format.js'
import { categoryItems, leaderOf, type Item } from './categories.js'
import { categoryView } from './category-view.js'
import { closedWithoutProcedure, FORMAL_OUTCOMES } from './closed-without-procedure.js'
import { compareYears } from './comparison.js'
import { periodText } from './coverage.js'
import { DOMAIN, labelOf, OUTCOME } from './labels.js'
import { ACCENT, PRIMARY } from './palette.js'
import { scopeOf } from './scope.js'
import { ALL, cell, countOf, matching, rowsOf } from './select.js'
import type { ChartData, ChartView } from './types.js'
import { emptyView } from './view.js'
import { domainNotApplied, inPlace, say, sentences, withheldHeadline } from './words.js'

/** What the share was the year before, or why it is not compared; nothing when there is nothing to compare. */
function changeSentence(data: ChartData, year: string, previousYear: string | undefined, share: number, previous: number | null): string | false {
  if (!previousYear || previous === null) return false
  const comparison = compareYears(data.tables, year, previousYear, data.locale)
  if (!comparison.comparable) return comparison.reason
  const change = formatPointChange(previous, share, data.locale)
  return say(data.locale, `In ${previousYear} was dat ${formatShare(previous, data.locale)} (${change} procentpunt).`, `In ${previousYear} it was ${formatShare(previous, data.locale)} (${change} percentage points).`)
}

/** "de 1.457 in 2026 afgesloten meldingen": the population of every share in this view. */
const closedIn = (locale: Locale, closed: number | null, place: string, when: string) =>
  closed === null
    ? say(locale, `de${place} in ${when} afgesloten meldingen`, `the concerns closed${place} in ${when}`)
    : say(locale, `de ${formatCount(closed, locale)}${place} in ${when} afgesloten meldingen`, `the ${formatCount(closed, locale)} concerns closed${place} in ${when}`)

export function outcomesView(data: ChartData): ChartView {
  const { locale, tables } = data
  const { year, previousYear, municipality, domain } = scopeOf(data)
  const place = inPlace(locale, municipality)
  const when = year ? periodText(tables, year, locale) : ''
  const caption = say(locale, `Uitkomst van meldingen die${place} in ${when} zijn afgesloten`, `Outcome of concerns closed${place} in ${when}`)
  const rows = year ? matching(rowsOf(tables, 'outcomes'), { year, municipality }) : []
  const total = countOf(cell(rows, { outcome: ALL }))
  const of = total === null ? say(locale, 'Deel van de afgesloten meldingen', 'Share of closed concerns') : say(locale, `Deel van de ${formatCount(total, locale)} afgesloten meldingen`, `Share of the ${formatCount(total, locale)} closed concerns`)
  const columns = [say(locale, 'Uitkomst', 'Outcome'), say(locale, 'Meldingen', 'Concerns'), of]
  if (!year || !rows.some((row) => row.outcome !== ALL)) return emptyView('outcomes', data, year, caption, columns, { tables: ['outcomes'] })

  const items = categoryItems(rows, 'outcome', OUTCOME, locale, total)
  const { share } = closedWithoutProcedure(tables, year, municipality)
  const previous = closedWithoutProcedure(tables, previousYear, municipality).share
  const comparable = previousYear !== undefined && compareYears(tables, year, previousYear, locale).comparable
  const lastYear = comparable && previous !== null ? ` (${previousYear}: ${formatShare(previous, locale)})` : ''
  const title =
    share !== null
      ? say(locale, `Zonder klacht of bezwaar afgesloten: ${formatShare(share, locale)} van ${closedIn(locale, total, place, when)}`, `Closed without a complaint or objection: ${formatShare(share, locale)} of ${closedIn(locale, total, place, when)}`) + lastYear
      : withheldHeadline(locale, { nl: `Afgesloten zonder klacht of bezwaar${place} in ${when}`, en: `Closed without a complaint or objection${place} in ${when}` }, 'share')
  const leader = leaderOf(items, total)
  const summary = sentences(
    say(locale, `Hoe ${closedIn(locale, total, place, when)} afliepen. De delen zijn van die meldingen.`, `How ${closedIn(locale, total, place, when)} ended. The shares are of those concerns.`),
    share !== null && changeSentence(data, year, previousYear, share, previous),
    share === null && leader?.certain && say(locale, `De meeste eindigden als: ${leader.item.label}.`, `Most ended as: ${leader.item.label}.`),
    say(locale, 'Klacht en bezwaar zijn in een andere kleur.', 'Complaint and objection are in another colour.'),
    domain !== ALL && domainNotApplied(locale, labelOf(DOMAIN, domain, locale)),
  )
  const xLabel = say(locale, 'Afgesloten meldingen', 'Closed concerns')
  const fill = (item: Item) => (FORMAL_OUTCOMES.includes(item.code) ? ACCENT : PRIMARY)
  return categoryView('outcomes', data, { title, summary, caption, columns, items, total, xLabel, year, table: 'outcomes', dimension: 'outcome', withheld: share === null, fill })
}
