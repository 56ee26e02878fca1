/**
 * How residents came in, in two parts: the intake channel (the widget, the simple form, a poster, phone, walk-in
 * hours, …; table `intake_channels`) and the kind of partner they came through, or the confidant directly (table
 * `channels`). Both count the same concerns of the year, so both have the same total.
 */
import type { Locale } from '@klankbord/contract/vocabulary'
import { formatCount, formatShare } from '../number-format.js'
import { drawBarPanels, type BarPanel } from './bars.js'
import { barOf, byCount, categoryItems, hasWithheld, leaderOf, rowOf, type Item } from './categories.js'
import { partialHeading, periodText } from './coverage.js'
import { legendOf, viewFootnotes } from './footnotes.js'
import { CHANNEL, DOMAIN, labelOf, PARTNER_KIND, type Vocabulary } from './labels.js'
import { scopeOf } from './scope.js'
import { ALL, cell, countOf, matching, rowsOf } from './select.js'
import type { ChartData, ChartView } from './types.js'
import { emptyView, makeView } from './view.js'
import { domainNotApplied, inPlace, say, sentences, withheldHeadline } from './words.js'

/**
 * One part of the view: a published table read along one dimension, with the heading over its bars and the short
 * name its rows carry in the table (short, so the first column stays narrow on a phone and in the report).
 */
type Part = { readonly table: string; readonly dimension: string; readonly vocabulary: Vocabulary; readonly heading: (locale: Locale) => string; readonly name: (locale: Locale) => string }

const PARTS: readonly Part[] = [
  {
    table: 'intake_channels',
    dimension: 'channel',
    vocabulary: CHANNEL,
    heading: (locale) => say(locale, 'Hoe de melding binnenkwam', 'How the concern came in'),
    name: (locale) => say(locale, 'Kanaal', 'Channel'),
  },
  {
    table: 'channels',
    dimension: 'partner_kind',
    vocabulary: PARTNER_KIND,
    heading: (locale) => say(locale, 'Via welke partner', 'Through which partner'),
    name: (locale) => say(locale, 'Partner', 'Partner'),
  },
]

type Shown = { readonly part: Part; readonly items: readonly Item[]; readonly total: number | null }

function leaderTitle(locale: Locale, shown: Shown, place: string, when: string): string | undefined {
  const leader = leaderOf(shown.items, shown.total)
  if (!leader) return undefined
  const counted =
    shown.total === null || leader.item.share === null
      ? ` (${formatCount(leader.item.value, locale)})`
      : say(
          locale,
          ` (${formatCount(leader.item.value, locale)} van de ${formatCount(shown.total, locale)}, ${formatShare(leader.item.share, locale)})`,
          ` (${formatCount(leader.item.value, locale)} of the ${formatCount(shown.total, locale)}, ${formatShare(leader.item.share, locale)})`,
        )
  return shown.part.table === 'intake_channels'
    ? say(locale, `${leader.certain ? 'Meeste' : 'Veel'} meldingen${place} in ${when} kwamen binnen via: ${leader.item.label}`, `${leader.certain ? 'Most' : 'Many'} concerns${place} in ${when} came in through: ${leader.item.label}`) + counted
    : say(locale, `${leader.certain ? 'Meeste' : 'Veel'} meldingen${place} in ${when} kwamen via: ${leader.item.label}`, `${leader.certain ? 'Most' : 'Many'} concerns${place} in ${when} came through: ${leader.item.label}`) + counted
}

export function channelsView(data: ChartData): ChartView {
  const { locale, tables } = data
  const { year, municipality, domain } = scopeOf(data)
  const place = inPlace(locale, municipality)
  const when = year ? periodText(tables, year, locale) : ''
  // Channels are published per year and municipality only (crossed with the domain too many would be withheld).
  const caption = say(locale, `Hoe meldingen binnenkwamen${place} in ${when}, en via welke partner`, `How concerns came in${place} in ${when}, and through which partner`)
  const shown: Shown[] = PARTS.flatMap((part) => {
    const rows = year ? matching(rowsOf(tables, part.table), { year, municipality }) : []
    if (!rows.some((row) => row[part.dimension] !== ALL)) return []
    const total = countOf(cell(rows, { [part.dimension]: ALL }))
    return [{ part, total, items: categoryItems(rows, part.dimension, part.vocabulary, locale, total).sort(byCount) }]
  })
  const total = shown.map((s) => s.total).find((t) => t !== null) ?? null
  const of = total === null ? say(locale, 'Deel van alle meldingen', 'Share of all concerns') : say(locale, `Deel van de ${formatCount(total, locale)} meldingen`, `Share of the ${formatCount(total, locale)} concerns`)
  const columns = [say(locale, 'Indeling', 'Breakdown'), say(locale, 'Kanaal of partner', 'Channel or partner'), say(locale, 'Meldingen', 'Concerns'), of]
  if (!year || shown.length === 0) return emptyView('channels', data, year, caption, columns, { tables: PARTS.map((part) => part.table) })

  const title =
    shown.map((s) => leaderTitle(locale, s, place, when)).find((t) => t !== undefined) ??
    withheldHeadline(locale, { nl: `Kanalen${place} in ${when}`, en: `Channels${place} in ${when}` }, 'counts')
  const summary = sentences(
    say(
      locale,
      `Hoe inwoners${place} in ${when} hun melding deden: met het formulier of de knop op een website, het eenvoudige formulier, een poster, of rechtstreeks bij de vertrouwenspersoon (telefoon, inloopspreekuur, e-mail of brief). Daaronder: via welke partner de melding binnenkwam.`,
      `How residents${place} raised their concern in ${when}: with the form or the button on a website, the simple form, a poster, or directly with the confidant (phone, walk-in hours, email or letter). Below: through which partner the concern came in.`,
    ),
    total !== null &&
      say(locale, `De delen zijn van alle ${formatCount(total, locale)} meldingen die${place} in ${when} binnenkwamen.`, `The shares are of all ${formatCount(total, locale)} concerns received${place} in ${when}.`),
    domain !== ALL && domainNotApplied(locale, labelOf(DOMAIN, domain, locale)),
  )
  const panels: BarPanel[] = shown.map((s) => ({ heading: s.part.heading(locale), bars: s.items.map((item) => barOf(item, locale)) }))
  const rows = shown.flatMap((s) => s.items.map((item) => [s.part.name(locale), ...rowOf(item, locale)]))
  const drawnWithheld = shown.some((s) => hasWithheld(s.items))
  // A withheld total puts the mark in the share column too.
  const withheld = drawnWithheld || shown.some((s) => s.total === null)
  const xLabel = say(locale, 'Meldingen', 'Concerns')
  return makeView('channels', {
    title,
    summary,
    table: { caption, columns, rows },
    footnotes: viewFootnotes(data, { years: year, tables: shown.map((s) => s.part.table), shown: shown.map((s) => s.part.dimension), withheld }),
    heading: partialHeading(tables, year, locale),
    legend: legendOf(locale, drawnWithheld),
    draw: (canvas) => drawBarPanels(panels, { locale, xLabel }, canvas),
  })
}
