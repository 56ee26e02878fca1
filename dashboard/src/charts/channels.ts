/** The ways residents came in: a partner's site (municipality, care provider, neighbourhood team, other) or the confidant directly. */
import { formatCount, formatShare } from '../number-format.js'
import { byCount, categoryItems, leaderOf } from './categories.js'
import { categoryView } from './category-view.js'
import { periodText } from './coverage.js'
import { CHANNEL, DOMAIN, labelOf } from './labels.js'
import { scopeOf } from './scope.js'
import { ALL, cell, countOf, matching, rowsOf } from './select.js'
import type { ChartData, ChartView } from './types.js'
import { emptyView } from './view.js'
import { domainNotApplied, inPlace, say, sentences, withheldHeadline } from './words.js'

export function channelsView(data: ChartData): ChartView {
  const { locale, tables } = data
  const { year, municipality, domain } = scopeOf(data)
  const place = inPlace(locale, municipality)
  const when = year ? periodText(tables, year, locale) : ''
  // Channels are published per year and municipality only (crossed with the domain too many would be withheld).
  const caption = say(locale, `Hoe meldingen binnenkwamen${place} in ${when}`, `How concerns came in${place} in ${when}`)
  const rows = year ? matching(rowsOf(tables, 'channels'), { year, municipality }) : []
  const total = countOf(cell(rows, { partner_kind: ALL }))
  const of = total === null ? say(locale, 'Deel van alle meldingen', 'Share of all concerns') : say(locale, `Deel van de ${formatCount(total, locale)} meldingen`, `Share of the ${formatCount(total, locale)} concerns`)
  const columns = [say(locale, 'Via', 'Through'), say(locale, 'Meldingen', 'Concerns'), of]
  if (!year || !rows.some((row) => row.partner_kind !== ALL)) return emptyView('channels', data, year, caption, columns, { tables: ['channels'] })

  const items = categoryItems(rows, 'partner_kind', CHANNEL, locale, total).sort(byCount)
  const leader = leaderOf(items, total)
  const title = leader
    ? say(locale, `${leader.certain ? 'Meeste' : 'Veel'} meldingen${place} in ${when} kwamen binnen via: ${leader.item.label}`, `${leader.certain ? 'Most' : 'Many'} concerns${place} in ${when} came in through: ${leader.item.label}`) +
      (total === null || leader.item.share === null
        ? ` (${formatCount(leader.item.value, locale)})`
        : say(
            locale,
            ` (${formatCount(leader.item.value, locale)} van de ${formatCount(total, locale)}, ${formatShare(leader.item.share, locale)})`,
            ` (${formatCount(leader.item.value, locale)} of the ${formatCount(total, locale)}, ${formatShare(leader.item.share, locale)})`,
          ))
    : withheldHeadline(locale, { nl: `Kanalen${place} in ${when}`, en: `Channels${place} in ${when}` }, 'counts')
  const summary = sentences(
    say(
      locale,
      `Waar inwoners${place} in ${when} hun melding deden: op de website van de gemeente of van een partner, of rechtstreeks bij de vertrouwenspersoon (telefoon, inloop, mail of brief).`,
      `Where residents${place} raised their concern in ${when}: on the website of the municipality or a partner, or directly with the confidant (phone, walk-in, email or letter).`,
    ),
    total !== null &&
      say(locale, `De delen zijn van alle ${formatCount(total, locale)} meldingen die${place} in ${when} binnenkwamen.`, `The shares are of all ${formatCount(total, locale)} concerns received${place} in ${when}.`),
    domain !== ALL && domainNotApplied(locale, labelOf(DOMAIN, domain, locale)),
  )
  const xLabel = say(locale, 'Meldingen', 'Concerns')
  return categoryView('channels', data, { title, summary, caption, columns, items, total, xLabel, year, table: 'channels', dimension: 'partner_kind' })
}
