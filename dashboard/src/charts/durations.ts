/**
 * Days to first contact and to closing (median and 75th percentile) against the first-contact deadline. Each
 * has its own panel and scale: closing takes weeks, first contact days, and on one scale the deadline is lost.
 */
import { DEFAULT_FIRST_CONTACT_WORKING_DAYS, type Locale } from '@klankbord/contract/vocabulary'
import { formatDecimal, formatShare } from '../number-format.js'
import { drawBars, type Bar } from './bars.js'
import { DOMAIN, labelOf } from './labels.js'
import { OKABE_ITO, PRIMARY } from './palette.js'
import { scopeOf } from './scope.js'
import { ALL, cell, rowsOf, statisticOf } from './select.js'
import { stackSvgs } from './stack.js'
import type { ChartData, ChartView } from './types.js'
import { emptyView, makeView } from './view.js'
import { basisNote, inPlace, say, sentences } from './words.js'

type Measure = { readonly heading: string; readonly statistic: string; readonly label: string; readonly value: number | null; readonly fill: string }

const days = (n: number, locale: Locale) => say(locale, `${formatDecimal(n, locale)} ${n === 1 ? 'dag' : 'dagen'}`, `${formatDecimal(n, locale)} ${n === 1 ? 'day' : 'days'}`)

export function durationsView(data: ChartData): ChartView {
  const { locale, k, tables } = data
  const { year, municipality, domain } = scopeOf(data)
  const place = inPlace(locale, municipality)
  const about = domain === ALL ? '' : say(locale, ` over ${labelOf(DOMAIN, domain, locale)}`, ` about ${labelOf(DOMAIN, domain, locale)}`)
  const caption = say(locale, `Doorlooptijden in dagen${about}${place} in ${year ?? ''}`, `Time taken in days${about}${place} in ${year ?? ''}`)
  const columns = [say(locale, 'Stap', 'Step'), say(locale, 'Maat', 'Measure'), say(locale, 'Dagen', 'Days')]
  const row = year ? cell(rowsOf(tables, 'concerns'), { year, municipality, domain }) : undefined
  if (!year || !row) return emptyView('durations', data, year, caption, columns)

  const deadline = DEFAULT_FIRST_CONTACT_WORKING_DAYS
  const tooFew = say(locale, 'te weinig meldingen', 'too few concerns')
  const firstContact = say(locale, 'Eerste contact', 'First contact')
  const firstContactHeading = say(locale, `Eerste contact (stippellijn: afspraak van ${deadline} werkdagen)`, `First contact (dashed line: agreement of ${deadline} working days)`)
  const closing = say(locale, 'Afsluiten', 'Closing')
  const median = say(locale, 'Mediaan: de helft was sneller', 'Median: half were faster')
  const p75 = say(locale, '3 van de 4 waren sneller', '3 in 4 were faster')
  const measures: Measure[] = [
    { heading: firstContact, statistic: 'first_contact_days_median', label: median, value: statisticOf(row, 'first_contact_days_median'), fill: PRIMARY },
    { heading: firstContact, statistic: 'first_contact_days_p75', label: p75, value: statisticOf(row, 'first_contact_days_p75'), fill: OKABE_ITO.skyBlue },
    { heading: closing, statistic: 'close_days_median', label: median, value: statisticOf(row, 'close_days_median'), fill: PRIMARY },
    { heading: closing, statistic: 'close_days_p75', label: p75, value: statisticOf(row, 'close_days_p75'), fill: OKABE_ITO.skyBlue },
  ]
  const onTime = statisticOf(row, 'first_contact_on_time_share')
  const medianFirst = measures[0]!.value
  const missing = measures.some((measure) => measure.value === null) || onTime === null

  const title =
    onTime !== null
      ? say(locale, `${formatShare(onTime, locale)} kreeg op tijd eerste contact (binnen ${deadline} werkdagen)`, `${formatShare(onTime, locale)} got first contact on time (within ${deadline} working days)`)
      : medianFirst !== null
        ? say(locale, `Eerste contact na ${days(medianFirst, locale)} (mediaan)`, `First contact after ${days(medianFirst, locale)} (median)`)
        : say(locale, `Doorlooptijden in ${year}: te weinig meldingen om te tonen`, `Time taken in ${year}: too few concerns to show`)
  const summary = sentences(
    say(
      locale,
      `Hoeveel dagen het${place} in ${year} duurde tot het eerste contact met de vertrouwenspersoon en tot de melding${about} was afgesloten.`,
      `How many days it took${place} in ${year} until the first contact with the confidant and until the concern${about} was closed.`,
    ),
    say(
      locale,
      `De afspraak is eerste contact binnen ${deadline} werkdagen (de stippellijn); de tijden tellen alle dagen, ook het weekend.`,
      `The agreement is first contact within ${deadline} working days (the dashed line); the times count all days, weekends too.`,
    ),
    missing && basisNote(locale, k),
  )
  const barOf = (measure: Measure): Bar => ({
    label: measure.label,
    value: measure.value,
    text: measure.value === null ? '' : days(measure.value, locale),
    fill: measure.fill,
    facet: measure.heading === firstContact ? firstContactHeading : measure.heading,
  })
  const table = {
    caption,
    columns,
    rows: measures.map((measure) => [measure.heading, measure.label, measure.value === null ? tooFew : formatDecimal(measure.value, locale)]),
  }
  const options = { k, locale, xLabel: say(locale, 'Dagen', 'Days'), tickFormat: (n: number) => formatDecimal(n, locale), withheldText: tooFew, withheldBelowK: false }
  return makeView('durations', {
    title,
    summary,
    table,
    draw: (canvas) =>
      stackSvgs(canvas.document, canvas.width, [
        drawBars(measures.slice(0, 2).map(barOf), { ...options, reference: deadline }, canvas),
        drawBars(measures.slice(2).map(barOf), options, canvas),
      ]),
  })
}
