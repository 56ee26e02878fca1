/** Concerns per municipality, for a confidant who works for several municipalities in a region. */
import { formatCount, formatShare } from '../number-format.js'
import { byCount, categoryItems, leaderOf, type Item } from './categories.js'
import { categoryView } from './category-view.js'
import { periodText } from './coverage.js'
import { DOMAIN, labelOf } from './labels.js'
import { ACCENT, PRIMARY } from './palette.js'
import { scopeOf } from './scope.js'
import { ALL, cell, countOf, matching, rowsOf } from './select.js'
import type { ChartData, ChartView } from './types.js'
import { emptyView } from './view.js'
import { say, sentences, withheldHeadline } from './words.js'

export function municipalitiesView(data: ChartData): ChartView {
  const { locale, tables } = data
  const { year, municipality, domain } = scopeOf(data)
  const when = year ? periodText(tables, year, locale) : ''
  const about = domain === ALL ? '' : say(locale, ` over ${labelOf(DOMAIN, domain, locale)}`, ` about ${labelOf(DOMAIN, domain, locale)}`)
  const caption = say(locale, `Meldingen${about} per gemeente in ${when}`, `Concerns${about} per municipality in ${when}`)
  const rows = year ? matching(rowsOf(tables, 'concerns'), { year, domain }) : []
  const total = countOf(cell(rows, { municipality: ALL }))
  const of = total === null ? say(locale, 'Deel van alle meldingen', 'Share of all concerns') : say(locale, `Deel van de ${formatCount(total, locale)} meldingen`, `Share of the ${formatCount(total, locale)} concerns`)
  const columns = [say(locale, 'Gemeente', 'Municipality'), say(locale, 'Meldingen', 'Concerns'), of]
  const names = new Set(rows.map((row) => String(row.municipality)).filter((name) => name !== ALL))
  if (!year || names.size === 0) return emptyView('municipalities', data, year, caption, columns, { tables: ['concerns'] })
  if (names.size === 1) {
    const only = say(locale, 'Klankbord werkt hier voor één gemeente, dus er is niets te vergelijken tussen gemeenten.', 'Klankbord serves one municipality here, so there is nothing to compare between municipalities.')
    return emptyView('municipalities', data, year, caption, columns, { summary: only })
  }

  const items = categoryItems(rows, 'municipality', undefined, locale, total).sort(byCount)
  const chosen = (name: string) => name === municipality
  const marked = items.map((item) => (chosen(item.code) ? { ...item, label: say(locale, `${item.label} (gekozen)`, `${item.label} (chosen)`) } : item))
  const leader = leaderOf(items, total)
  const title = leader
    ? say(locale, `${leader.certain ? 'Meeste' : 'Veel'} meldingen${about} in ${when} uit ${leader.item.label}`, `${leader.certain ? 'Most' : 'Many'} concerns${about} in ${when} from ${leader.item.label}`) +
      (total === null || leader.item.share === null
        ? `: ${formatCount(leader.item.value, locale)}`
        : say(
            locale,
            `: ${formatCount(leader.item.value, locale)} van de ${formatCount(total, locale)} (${formatShare(leader.item.share, locale)})`,
            `: ${formatCount(leader.item.value, locale)} of the ${formatCount(total, locale)} (${formatShare(leader.item.share, locale)})`,
          ))
    : withheldHeadline(locale, { nl: `Meldingen${about} per gemeente in ${when}`, en: `Concerns${about} per municipality in ${when}` }, 'counts')
  const summary = sentences(
    say(locale, `Hoeveel meldingen${about} er in ${when} uit elke gemeente binnenkwamen.`, `How many concerns${about} came in from each municipality in ${when}.`),
    total !== null && say(locale, `De delen zijn van alle ${formatCount(total, locale)} meldingen${about} uit ${when}.`, `The shares are of all ${formatCount(total, locale)} concerns${about} in ${when}.`),
    municipality !== ALL && say(locale, `De gekozen gemeente, ${municipality}, staat erbij met ‘gekozen’.`, `The chosen municipality, ${municipality}, is marked ‘chosen’.`),
  )
  const xLabel = say(locale, 'Meldingen', 'Concerns')
  const fill = (item: Item) => (chosen(item.code) ? ACCENT : PRIMARY)
  return categoryView('municipalities', data, { title, summary, caption, columns, items: marked, total, xLabel, year, table: 'concerns', dimension: 'municipality', fill })
}
