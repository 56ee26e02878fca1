/** Concerns per municipality, for a confidant who works for several municipalities in a region. */
import { formatCount, formatShare } from '../number-format.js'
import { drawBars } from './bars.js'
import { barOf, byCount, categoryItems, hasWithheld, rowOf } from './categories.js'
import { DOMAIN, labelOf } from './labels.js'
import { ACCENT, PRIMARY } from './palette.js'
import { scopeOf } from './scope.js'
import { ALL, cell, countOf, matching, rowsOf } from './select.js'
import type { ChartData, ChartView } from './types.js'
import { emptyView, makeView } from './view.js'
import { say, sentences, suppressionNote } from './words.js'

export function municipalitiesView(data: ChartData): ChartView {
  const { locale, k, tables } = data
  const { year, municipality, domain } = scopeOf(data)
  const about = domain === ALL ? '' : say(locale, ` over ${labelOf(DOMAIN, domain, locale)}`, ` about ${labelOf(DOMAIN, domain, locale)}`)
  const caption = say(locale, `Meldingen${about} per gemeente in ${year ?? ''}`, `Concerns${about} per municipality in ${year ?? ''}`)
  const columns = [say(locale, 'Gemeente', 'Municipality'), say(locale, 'Meldingen', 'Concerns'), say(locale, 'Deel van alle meldingen', 'Share of all concerns')]
  const rows = year ? matching(rowsOf(tables, 'concerns'), { year, domain }) : []
  const names = new Set(rows.map((row) => String(row.municipality)).filter((name) => name !== ALL))
  if (!year || names.size === 0) return emptyView('municipalities', data, year, caption, columns)
  if (names.size === 1) {
    const only = say(locale, 'Klankbord werkt hier voor één gemeente, dus er is niets te vergelijken tussen gemeenten.', 'Klankbord serves one municipality here, so there is nothing to compare between municipalities.')
    return emptyView('municipalities', data, year, caption, columns, only)
  }

  const total = countOf(cell(rows, { municipality: ALL }))
  const items = categoryItems(rows, 'municipality', undefined, locale, total).sort(byCount)
  const chosen = (name: string) => name === municipality
  const marked = items.map((item) => (chosen(item.code) ? { ...item, label: say(locale, `${item.label} (gekozen)`, `${item.label} (chosen)`) } : item))
  const top = items[0]
  const title =
    top?.value != null
      ? say(locale, `Meeste meldingen${about} uit ${top.label}`, `Most concerns${about} from ${top.label}`) +
        (total === null || top.share === null
          ? ` (${formatCount(top.value, locale)})`
          : say(locale, `: ${formatCount(top.value, locale)} van ${formatCount(total, locale)} (${formatShare(top.share, locale)})`, `: ${formatCount(top.value, locale)} of ${formatCount(total, locale)} (${formatShare(top.share, locale)})`))
      : say(locale, `Gemeenten in ${year}: alle aantallen onder de ${k}`, `Municipalities in ${year}: all numbers below ${k}`)
  const summary = sentences(
    say(locale, `Hoeveel meldingen${about} er in ${year} uit elke gemeente kwamen.`, `How many concerns${about} came from each municipality in ${year}.`),
    municipality !== ALL && say(locale, `De gekozen gemeente, ${municipality}, staat erbij met ‘gekozen’.`, `The chosen municipality, ${municipality}, is marked ‘chosen’.`),
    hasWithheld(items) && suppressionNote(locale, k),
  )
  const bars = marked.map((item) => barOf(item, locale, chosen(item.code) ? ACCENT : PRIMARY))
  const table = { caption, columns, rows: marked.map((item) => rowOf(item, k, locale)) }
  const xLabel = say(locale, 'Meldingen', 'Concerns')
  return makeView('municipalities', { title, summary, table, draw: (canvas) => drawBars(bars, { k, locale, xLabel }, canvas) })
}
