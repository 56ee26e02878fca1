/** What residents wished for against the support the confidant gave, per wish, for concerns closed in the year. */
import type { Locale } from '@klankbord/contract/vocabulary'
import { formatCell, formatCount, formatShare, WITHHELD_MARK } from '../number-format.js'
import { drawBarPanels, type BarPanel } from './bars.js'
import { barOf, categoryItems, leaderOf, type Item } from './categories.js'
import { partialHeading, periodText } from './coverage.js'
import { legendOf, viewFootnotes } from './footnotes.js'
import { DOMAIN, inVocabularyOrder, labelOf, SUPPORT, WISH } from './labels.js'
import { scopeOf } from './scope.js'
import { ALL, cell, countOf, matching, rowsOf } from './select.js'
import type { ChartData, ChartView } from './types.js'
import { emptyView, makeView } from './view.js'
import { domainNotApplied, inPlace, say, sentences, withheldHeadline } from './words.js'

type Group = { readonly wish: string; readonly heading: string; readonly closed: number | null; readonly items: readonly Item[] }

/** "Wens: Advies en hulp (30 afgesloten)"; a withheld number keeps its word on the same line. */
const heading = (locale: Locale, wish: string, closed: number | null): string =>
  closed === null
    ? say(locale, `Wens: ${labelOf(WISH, wish, locale)} (afgesloten:\u00a0${WITHHELD_MARK})`, `Wish: ${labelOf(WISH, wish, locale)} (closed:\u00a0${WITHHELD_MARK})`)
    : say(locale, `Wens: ${labelOf(WISH, wish, locale)} (${formatCount(closed, locale)} afgesloten)`, `Wish: ${labelOf(WISH, wish, locale)} (${formatCount(closed, locale)} closed)`)

function findingTitle(locale: Locale, groups: readonly Group[], overall: readonly Item[], when: string, place: string): string {
  const mediation = groups.find((group) => group.wish === 'mediation')
  const mediated = mediation?.items.find((item) => item.code === 'mediation')
  if (mediation && mediated?.value != null && mediated.share !== null && mediation.closed !== null) {
    return say(
      locale,
      `Wie bemiddeling wilde, kreeg die bij ${formatCount(mediated.value, locale)} van de ${formatCount(mediation.closed, locale)}${place} in ${when} afgesloten meldingen (${formatShare(mediated.share, locale)})`,
      `Of those who wanted mediation, ${formatCount(mediated.value, locale)} of the ${formatCount(mediation.closed, locale)} concerns closed${place} in ${when} got it (${formatShare(mediated.share, locale)})`,
    )
  }
  const leader = leaderOf(overall)
  if (leader)
    return say(
      locale,
      `${leader.certain ? 'Meest' : 'Vaak'} gegeven ondersteuning${place} in ${when}: ${leader.item.label} (${formatCount(leader.item.value, locale)} afgesloten meldingen)`,
      `Support given ${leader.certain ? 'most' : 'often'}${place} in ${when}: ${leader.item.label} (${formatCount(leader.item.value, locale)} closed concerns)`,
    )
  return withheldHeadline(locale, { nl: `Wensen en ondersteuning${place} in ${when}`, en: `Wishes and support${place} in ${when}` }, 'counts')
}

export function wishesSupportView(data: ChartData): ChartView {
  const { locale, tables } = data
  const { year, municipality, domain } = scopeOf(data)
  const place = inPlace(locale, municipality)
  const when = year ? periodText(tables, year, locale) : ''
  const caption = say(locale, `Wens van de inwoner en gegeven ondersteuning, bij meldingen die${place} in ${when} zijn afgesloten`, `Wish of the resident and support given, for concerns closed${place} in ${when}`)
  const columns = [say(locale, 'Wens', 'Wish'), say(locale, 'Ondersteuning', 'Support'), say(locale, 'Meldingen', 'Concerns'), say(locale, 'Deel van de afgesloten meldingen met deze wens', 'Share of the closed concerns with this wish')]
  const rows = year ? matching(rowsOf(tables, 'support'), { year, municipality }) : []
  const wishes = inVocabularyOrder(WISH, rows.map((row) => String(row.wish)).filter((wish) => wish !== ALL))
  if (!year || wishes.length === 0) return emptyView('wishes-support', data, year, caption, columns, { tables: ['support', 'wishes'] })

  const closedByWish = rowsOf(tables, 'wishes')
  const closedWith = (wish: string) => countOf(cell(closedByWish, { year, municipality, wish }))
  const groups: Group[] = wishes.map((wish) => {
    const closed = closedWith(wish)
    return { wish, heading: heading(locale, wish, closed), closed, items: categoryItems(matching(rows, { wish }), 'support', SUPPORT, locale, closed) }
  })
  const overall = categoryItems(matching(rows, { wish: ALL }), 'support', SUPPORT, locale, closedWith(ALL))
  const drawnWithheld = groups.some((group) => group.items.some((item) => item.value === null))
  const withheld = drawnWithheld || groups.some((group) => group.closed === null)

  const panels: BarPanel[] = groups.map((group) => ({ heading: group.heading, bars: group.items.map((item) => barOf(item, locale)) }))
  const table = {
    caption,
    columns,
    rows: groups.flatMap((group) =>
      group.items.map((item) => [labelOf(WISH, group.wish, locale), item.label, formatCell(item.value, locale), item.share === null ? WITHHELD_MARK : formatShare(item.share, locale)]),
    ),
  }
  const summary = sentences(
    say(
      locale,
      `Per wens van de inwoner: welke ondersteuning de vertrouwenspersoon gaf bij meldingen die${place} in ${when} zijn afgesloten. Het deel is van de afgesloten meldingen met die wens. Bij één melding kan meer ondersteuning horen, dus de aantallen tellen niet op.`,
      `For each wish of the resident: the support the confidant gave for concerns closed${place} in ${when}. The share is of the closed concerns with that wish. One concern can get more than one kind of support, so the numbers do not add up.`,
    ),
    domain !== ALL && domainNotApplied(locale, labelOf(DOMAIN, domain, locale)),
  )
  const xLabel = say(locale, 'Afgesloten meldingen', 'Closed concerns')
  return makeView('wishes-support', {
    title: findingTitle(locale, groups, overall, when, place),
    summary,
    table,
    footnotes: viewFootnotes(data, { years: year, tables: ['support', 'wishes'], shown: ['wish', 'support'], withheld }),
    heading: partialHeading(tables, year, locale),
    legend: legendOf(locale, withheld),
    draw: (canvas) => drawBarPanels(panels, { locale, xLabel }, canvas),
  })
}
