/** Signals to the municipality by status (new, shared, answered, improved); their texts and responses are in signal-responses.ts. */
import { formatCount } from '../number-format.js'
import { categoryItems, type Item } from './categories.js'
import { categoryView } from './category-view.js'
import { periodText } from './coverage.js'
import { DOMAIN, labelOf, SIGNAL_STATUS } from './labels.js'
import { OKABE_ITO } from './palette.js'
import { scopeOf } from './scope.js'
import { signalResponses } from './signal-responses.js'
import { ALL, cell, countOf, matching, rowsOf } from './select.js'
import type { ChartData, ChartView } from './types.js'
import { emptyView } from './view.js'
import { domainNotApplied, inPlace, say, sentences, withheldHeadline } from './words.js'

export function signalsView(data: ChartData): ChartView {
  const { locale, tables } = data
  const { year, municipality, domain } = scopeOf(data)
  const place = inPlace(locale, municipality)
  const when = year ? periodText(tables, year, locale) : ''
  // Counts are published per year, municipality and status only; the list of shared signals below does follow the domain.
  const caption = say(locale, `Signalen aan de gemeente${place} in ${when}`, `Signals to the municipality${place} in ${when}`)
  const rows = year ? matching(rowsOf(tables, 'signals'), { year, municipality }) : []
  const total = countOf(cell(rows, { status: ALL }))
  const of = total === null ? say(locale, 'Deel van alle signalen', 'Share of all signals') : say(locale, `Deel van de ${formatCount(total, locale)} signalen`, `Share of the ${formatCount(total, locale)} signals`)
  const columns = [say(locale, 'Stand', 'Status'), say(locale, 'Signalen', 'Signals'), of]
  if (!year || !rows.some((row) => row.status !== ALL)) return emptyView('signals', data, year, caption, columns, { tables: ['signals'] })

  const items = categoryItems(rows, 'status', SIGNAL_STATUS, locale, total)
  const improved = items.find((item) => item.code === 'improved')?.value ?? null
  const responses = signalResponses(data)
  const title =
    total === null
      ? withheldHeadline(locale, { nl: `Signalen aan de gemeente${place} in ${when}`, en: `Signals to the municipality${place} in ${when}` })
      : say(locale, `${formatCount(total, locale)} signalen aan de gemeente${place} in ${when}`, `${formatCount(total, locale)} signals to the municipality${place} in ${when}`) +
        (improved === null ? '' : say(locale, `; ${formatCount(improved, locale)} leidden tot een verbetering`, `; ${formatCount(improved, locale)} led to an improvement`))
  const summary = sentences(
    say(
      locale,
      'Een signaal is een probleem dat vaker voorkomt. De vertrouwenspersoon meldt het zonder namen aan de gemeente. U ziet hoe ver de signalen zijn: nieuw, gedeeld, beantwoord of verbeterd.',
      'A signal is a problem that keeps coming back. The confidant reports it to the municipality without names. You see how far the signals have got: new, shared, answered or improved.',
    ),
    // The list's length is not a published count: beside a withheld total it is left unsaid.
    responses.length > 0 &&
      (total === null
        ? say(locale, 'Wat de gemeente met elk signaal deed, staat verderop.', 'What the municipality did with each signal is further on.')
        : say(locale, `Bij ${formatCount(responses.length, locale)} signalen staat wat de gemeente ermee deed.`, `For ${formatCount(responses.length, locale)} signals you can read what the municipality did.`)),
    domain !== ALL && domainNotApplied(locale, labelOf(DOMAIN, domain, locale)),
  )
  const xLabel = say(locale, 'Signalen', 'Signals')
  const fill = (item: Item) => (item.code === 'improved' ? OKABE_ITO.green : undefined)
  return categoryView('signals', data, { title, summary, caption, columns, items, total, xLabel, year, table: 'signals', dimension: 'status', fill })
}
