/** Kinds of dissatisfaction (the motion's five and other): how many concerns named each, against all concerns. */
import { formatCount, formatShare } from '../number-format.js'
import { drawBars } from './bars.js'
import { barOf, byCount, categoryItems, hasWithheld, rowOf } from './categories.js'
import { DOMAIN, KIND, labelOf } from './labels.js'
import { scopeOf } from './scope.js'
import { ALL, cell, countOf, matching, rowsOf } from './select.js'
import type { ChartData, ChartView } from './types.js'
import { emptyView, makeView } from './view.js'
import { domainNotApplied, inPlace, say, sentences, suppressionNote } from './words.js'

export function kindsView(data: ChartData): ChartView {
  const { locale, k, tables } = data
  const { year, municipality, domain } = scopeOf(data)
  const place = inPlace(locale, municipality)
  const caption = say(locale, `Soorten onvrede${place} in ${year ?? ''}`, `Kinds of dissatisfaction${place} in ${year ?? ''}`)
  const columns = [say(locale, 'Soort onvrede', 'Kind of dissatisfaction'), say(locale, 'Meldingen', 'Concerns'), say(locale, 'Deel van alle meldingen', 'Share of all concerns')]
  const rows = year ? matching(rowsOf(tables, 'kinds'), { year, municipality }) : []
  if (!year || !rows.some((row) => row.kind !== ALL)) return emptyView('kinds', data, year, caption, columns)

  const total = countOf(cell(rowsOf(tables, 'concerns'), { year, municipality, domain: ALL }))
  const items = categoryItems(rows, 'kind', KIND, locale, total).sort(byCount)
  const top = items[0]
  const title =
    top?.value != null
      ? total === null
        ? say(locale, `Meest genoemd: ‘${top.label}’, bij ${formatCount(top.value, locale)} meldingen`, `Named most: ‘${top.label}’, in ${formatCount(top.value, locale)} concerns`)
        : say(
            locale,
            `Meest genoemd: ‘${top.label}’, bij ${formatCount(top.value, locale)} van ${formatCount(total, locale)} meldingen (${formatShare(top.share!, locale)})`,
            `Named most: ‘${top.label}’, in ${formatCount(top.value, locale)} of ${formatCount(total, locale)} concerns (${formatShare(top.share!, locale)})`,
          )
      : say(locale, `Soorten onvrede in ${year}: alle aantallen onder de ${k}`, `Kinds of dissatisfaction in ${year}: all numbers below ${k}`)
  const summary = sentences(
    say(locale, `Welke soorten onvrede inwoners noemden${place} in ${year}.`, `Which kinds of dissatisfaction residents named${place} in ${year}.`),
    say(locale, 'Een melding kan over meer soorten gaan, dus de aantallen tellen niet op tot het totaal.', 'A concern can be about more than one kind, so the numbers do not add up to the total.'),
    hasWithheld(items) && suppressionNote(locale, k),
    domain !== ALL && domainNotApplied(locale, labelOf(DOMAIN, domain, locale)),
  )
  const bars = items.map((item) => barOf(item, locale))
  const table = { caption, columns, rows: items.map((item) => rowOf(item, k, locale)) }
  const xLabel = say(locale, 'Meldingen', 'Concerns')
  return makeView('kinds', { title, summary, table, draw: (canvas) => drawBars(bars, { k, locale, xLabel }, canvas) })
}
