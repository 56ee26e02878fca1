/** Kinds of dissatisfaction (the motion's five and other): how many concerns named each, against all concerns received. */
import { formatCount, formatShare } from '../number-format.js'
import { byCount, categoryItems, leaderOf } from './categories.js'
import { categoryView } from './category-view.js'
import { periodText } from './coverage.js'
import { DOMAIN, KIND, labelOf } from './labels.js'
import { scopeOf } from './scope.js'
import { ALL, cell, countOf, matching, rowsOf } from './select.js'
import type { ChartData, ChartView } from './types.js'
import { emptyView } from './view.js'
import { domainNotApplied, inPlace, say, sentences, withheldHeadline } from './words.js'

export function kindsView(data: ChartData): ChartView {
  const { locale, tables } = data
  const { year, municipality, domain } = scopeOf(data)
  const place = inPlace(locale, municipality)
  const when = year ? periodText(tables, year, locale) : ''
  const caption = say(locale, `Soorten onvrede${place} in ${when}`, `Kinds of dissatisfaction${place} in ${when}`)
  const rows = year ? matching(rowsOf(tables, 'kinds'), { year, municipality }) : []
  const total = year ? countOf(cell(rowsOf(tables, 'concerns'), { year, municipality, domain: ALL })) : null
  const of = total === null ? say(locale, 'Deel van alle meldingen', 'Share of all concerns') : say(locale, `Deel van de ${formatCount(total, locale)} meldingen`, `Share of the ${formatCount(total, locale)} concerns`)
  const columns = [say(locale, 'Soort onvrede', 'Kind of dissatisfaction'), say(locale, 'Meldingen', 'Concerns'), of]
  if (!year || !rows.some((row) => row.kind !== ALL)) return emptyView('kinds', data, year, caption, columns, { tables: ['kinds'] })

  const items = categoryItems(rows, 'kind', KIND, locale, total).sort(byCount)
  const leader = leaderOf(items)
  const population = total === null ? '' : say(locale, ` van de ${formatCount(total, locale)}`, ` of the ${formatCount(total, locale)}`)
  const title = leader
    ? say(
        locale,
        `${leader.certain ? 'Meest' : 'Vaak'} genoemd${place} in ${when}: ‘${leader.item.label}’, bij ${formatCount(leader.item.value, locale)}${population} meldingen`,
        `Named ${leader.certain ? 'most' : 'often'}${place} in ${when}: ‘${leader.item.label}’, in ${formatCount(leader.item.value, locale)}${population} concerns`,
      ) + (leader.item.share === null ? '' : ` (${formatShare(leader.item.share, locale)})`)
    : withheldHeadline(locale, { nl: `Soorten onvrede${place} in ${when}`, en: `Kinds of dissatisfaction${place} in ${when}` }, 'counts')
  const summary = sentences(
    say(locale, `Welke soorten onvrede inwoners noemden in de meldingen die${place} in ${when} binnenkwamen.`, `Which kinds of dissatisfaction residents named in the concerns received${place} in ${when}.`),
    say(locale, 'Een melding kan over meer soorten gaan, dus de aantallen tellen niet op tot het totaal.', 'A concern can be about more than one kind, so the numbers do not add up to the total.'),
    total !== null && say(locale, `De delen zijn van alle ${formatCount(total, locale)} meldingen.`, `The shares are of all ${formatCount(total, locale)} concerns.`),
    domain !== ALL && domainNotApplied(locale, labelOf(DOMAIN, domain, locale)),
  )
  const xLabel = say(locale, 'Meldingen', 'Concerns')
  return categoryView('kinds', data, { title, summary, caption, columns, items, total, xLabel, year, table: 'kinds', dimension: 'kind' })
}
