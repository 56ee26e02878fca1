/** The ways residents came in: a partner's site (municipality, care provider, neighbourhood team, other) or the confidant directly. */
import { formatCount, formatShare } from '../number-format.js'
import { drawBars } from './bars.js'
import { barOf, byCount, categoryItems, hasWithheld, rowOf } from './categories.js'
import { CHANNEL, DOMAIN, labelOf } from './labels.js'
import { scopeOf } from './scope.js'
import { ALL, cell, countOf, matching, rowsOf } from './select.js'
import type { ChartData, ChartView } from './types.js'
import { emptyView, makeView } from './view.js'
import { domainNotApplied, inPlace, say, sentences, suppressionNote } from './words.js'

export function channelsView(data: ChartData): ChartView {
  const { locale, k, tables } = data
  const { year, municipality, domain } = scopeOf(data)
  const place = inPlace(locale, municipality)
  // Channels are published per year and municipality only (crossed with the domain too many would be withheld).
  const about = ''
  const caption = say(locale, `Hoe meldingen${about} binnenkwamen${place} in ${year ?? ''}`, `How concerns${about} came in${place} in ${year ?? ''}`)
  const columns = [say(locale, 'Via', 'Through'), say(locale, 'Meldingen', 'Concerns'), say(locale, 'Deel van alle meldingen', 'Share of all concerns')]
  const rows = year ? matching(rowsOf(tables, 'channels'), { year, municipality }) : []
  if (!year || !rows.some((row) => row.partner_kind !== ALL)) return emptyView('channels', data, year, caption, columns)

  const total = countOf(cell(rows, { partner_kind: ALL }))
  const items = categoryItems(rows, 'partner_kind', CHANNEL, locale, total).sort(byCount)
  const top = items[0]
  const title =
    top?.value != null
      ? say(locale, `Meeste meldingen kwamen binnen via: ${top.label}`, `Most concerns came in through: ${top.label}`) +
        (total === null || top.share === null
          ? ` (${formatCount(top.value, locale)})`
          : say(locale, ` (${formatCount(top.value, locale)} van ${formatCount(total, locale)}, ${formatShare(top.share, locale)})`, ` (${formatCount(top.value, locale)} of ${formatCount(total, locale)}, ${formatShare(top.share, locale)})`))
      : say(locale, `Kanalen in ${year}: alle aantallen onder de ${k}`, `Channels in ${year}: all numbers below ${k}`)
  const summary = sentences(
    say(
      locale,
      `Waar inwoners${place} in ${year} hun melding${about} deden: op de website van de gemeente of van een partner, of rechtstreeks bij de vertrouwenspersoon (telefoon, inloop, mail of brief).`,
      `Where residents${place} raised their concern${about} in ${year}: on the website of the municipality or a partner, or directly with the confidant (phone, walk-in, email or letter).`,
    ),
    hasWithheld(items) && suppressionNote(locale, k),
    domain !== ALL && domainNotApplied(locale, labelOf(DOMAIN, domain, locale)),
  )
  const bars = items.map((item) => barOf(item, locale))
  const table = { caption, columns, rows: items.map((item) => rowOf(item, k, locale)) }
  const xLabel = say(locale, 'Meldingen', 'Concerns')
  return makeView('channels', { title, summary, table, draw: (canvas) => drawBars(bars, { k, locale, xLabel }, canvas) })
}
