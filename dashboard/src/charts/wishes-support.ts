/** What residents wished for against the support the confidant gave, per wish, for concerns closed in the year. */
import type { Locale } from '@klankbord/contract/vocabulary'
import { formatCell, formatCount, formatShare } from '../number-format.js'
import { drawBars, type Bar } from './bars.js'
import { categoryItems, countWithShare, type Item } from './categories.js'
import { DOMAIN, inVocabularyOrder, labelOf, SUPPORT, WISH } from './labels.js'
import { scopeOf } from './scope.js'
import { ALL, cell, countOf, matching, rowsOf } from './select.js'
import type { ChartData, ChartView } from './types.js'
import { emptyView, makeView } from './view.js'
import { domainNotApplied, inPlace, say, sentences, suppressionNote } from './words.js'

type Group = { readonly wish: string; readonly heading: string; readonly closed: number | null; readonly items: readonly Item[] }

const heading = (locale: Locale, wish: string, closed: number | null, k: number): string =>
  say(locale, `Wens: ${labelOf(WISH, wish, locale)} (${formatCell(closed, k, locale)} afgesloten)`, `Wish: ${labelOf(WISH, wish, locale)} (${formatCell(closed, k, locale)} closed)`)

function findingTitle(locale: Locale, groups: readonly Group[], overall: readonly Item[], year: string, k: number): string {
  const mediation = groups.find((group) => group.wish === 'mediation')
  const mediated = mediation?.items.find((item) => item.code === 'mediation')
  if (mediation && mediated?.value != null && mediated.share !== null && mediation.closed !== null) {
    return say(
      locale,
      `Wie bemiddeling wilde, kreeg die bij ${formatCount(mediated.value, locale)} van ${formatCount(mediation.closed, locale)} meldingen (${formatShare(mediated.share, locale)})`,
      `Of those who wanted mediation, ${formatCount(mediated.value, locale)} of ${formatCount(mediation.closed, locale)} got it (${formatShare(mediated.share, locale)})`,
    )
  }
  const top = [...overall].sort((a, b) => (b.value ?? -1) - (a.value ?? -1))[0]
  if (top?.value != null) return say(locale, `Meest gegeven ondersteuning: ${top.label} (${formatCount(top.value, locale)} meldingen)`, `Support given most: ${top.label} (${formatCount(top.value, locale)} concerns)`)
  return say(locale, `Wensen en ondersteuning in ${year}: alle aantallen onder de ${k}`, `Wishes and support in ${year}: all numbers below ${k}`)
}

export function wishesSupportView(data: ChartData): ChartView {
  const { locale, k, tables } = data
  const { year, municipality, domain } = scopeOf(data)
  const place = inPlace(locale, municipality)
  const caption = say(locale, `Wens van de inwoner en gegeven ondersteuning${place}, afgesloten in ${year ?? ''}`, `Wish of the resident and support given${place}, closed in ${year ?? ''}`)
  const columns = [say(locale, 'Wens', 'Wish'), say(locale, 'Ondersteuning', 'Support'), say(locale, 'Meldingen', 'Concerns'), say(locale, 'Deel van afgesloten meldingen met deze wens', 'Share of closed concerns with this wish')]
  const rows = year ? matching(rowsOf(tables, 'support'), { year, municipality }) : []
  const wishes = inVocabularyOrder(WISH, rows.map((row) => String(row.wish)).filter((wish) => wish !== ALL))
  if (!year || wishes.length === 0) return emptyView('wishes-support', data, year, caption, columns)

  const closedByWish = rowsOf(tables, 'wishes')
  const closedWith = (wish: string) => countOf(cell(closedByWish, { year, municipality, wish }))
  const groups: Group[] = wishes.map((wish) => {
    const closed = closedWith(wish)
    return { wish, heading: heading(locale, wish, closed, k), closed, items: categoryItems(matching(rows, { wish }), 'support', SUPPORT, locale, closed) }
  })
  const overall = categoryItems(matching(rows, { wish: ALL }), 'support', SUPPORT, locale, closedWith(ALL))
  const withheld = groups.some((group) => group.closed === null || group.items.some((item) => item.value === null))

  const bars: Bar[] = groups.flatMap((group) =>
    group.items.map((item) => ({ label: item.label, value: item.value, text: item.value === null ? '' : countWithShare(item.value, item.share, locale), facet: group.heading })),
  )
  const table = {
    caption,
    columns,
    rows: groups.flatMap((group) =>
      group.items.map((item) => [labelOf(WISH, group.wish, locale), item.label, formatCell(item.value, k, locale), item.share === null ? '–' : formatShare(item.share, locale)]),
    ),
  }
  const summary = sentences(
    say(
      locale,
      `Per wens van de inwoner: welke ondersteuning de vertrouwenspersoon gaf bij meldingen die${place} in ${year} zijn afgesloten. Bij één melding kan meer ondersteuning horen, dus de aantallen tellen niet op.`,
      `For each wish of the resident: the support the confidant gave for concerns closed${place} in ${year}. One concern can get more than one kind of support, so the numbers do not add up.`,
    ),
    withheld && suppressionNote(locale, k),
    domain !== ALL && domainNotApplied(locale, labelOf(DOMAIN, domain, locale)),
  )
  const xLabel = say(locale, 'Afgesloten meldingen', 'Closed concerns')
  return makeView('wishes-support', { title: findingTitle(locale, groups, overall, year, k), summary, table, draw: (canvas) => drawBars(bars, { k, locale, xLabel }, canvas) })
}
