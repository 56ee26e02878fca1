/**
 * Days to first contact and to closing (median and 75th percentile) against the first-contact deadline. Each
 * has its own panel and scale: closing takes weeks, first contact days, and on one scale the deadline is lost.
 */
import { DEFAULT_FIRST_CONTACT_WORKING_DAYS, type Locale } from '@klankbord/contract/vocabulary'
import { formatDecimal, formatShare, WITHHELD_MARK } from '../number-format.js'
import { drawBarPanels, type Bar } from './bars.js'
import { partialHeading, periodText } from './coverage.js'
import { legendOf, viewFootnotes } from './footnotes.js'
import { DOMAIN, labelOf } from './labels.js'
import { OKABE_ITO, PRIMARY } from './palette.js'
import { scopeOf } from './scope.js'
import { ALL, cell, rowsOf, statisticOf } from './select.js'
import { stackSvgs } from './stack.js'
import type { ChartData, ChartView } from './types.js'
import { emptyView, makeView } from './view.js'
import { inPlace, say, sentences, withheldHeadline } from './words.js'

type Measure = { readonly heading: string; readonly label: string; readonly value: number | null; readonly fill: string }

const days = (n: number, locale: Locale) => say(locale, `${formatDecimal(n, locale)} ${n === 1 ? 'dag' : 'dagen'}`, `${formatDecimal(n, locale)} ${n === 1 ? 'day' : 'days'}`)

export function durationsView(data: ChartData): ChartView {
  const { locale, tables } = data
  const { year, municipality, domain } = scopeOf(data)
  const place = inPlace(locale, municipality)
  const when = year ? periodText(tables, year, locale) : ''
  const about = domain === ALL ? '' : say(locale, ` over ${labelOf(DOMAIN, domain, locale)}`, ` about ${labelOf(DOMAIN, domain, locale)}`)
  const caption = say(locale, `Doorlooptijden in dagen van meldingen${about} die${place} in ${when} binnenkwamen`, `Time taken in days for concerns${about} received${place} in ${when}`)
  const columns = [say(locale, 'Stap', 'Step'), say(locale, 'Maat', 'Measure'), say(locale, 'Dagen', 'Days')]
  const row = year ? cell(rowsOf(tables, 'concerns'), { year, municipality, domain }) : undefined
  if (!year || !row) return emptyView('durations', data, year, caption, columns, { tables: ['concerns'] })

  const deadline = DEFAULT_FIRST_CONTACT_WORKING_DAYS
  const firstContact = say(locale, 'Eerste contact', 'First contact')
  const firstContactHeading = say(locale, `Eerste contact (stippellijn: afspraak van ${deadline} werkdagen)`, `First contact (dashed line: agreement of ${deadline} working days)`)
  const closing = say(locale, 'Afsluiten', 'Closing')
  const median = say(locale, 'Mediaan: de helft was sneller', 'Median: half were faster')
  const p75 = say(locale, '3 van de 4 waren sneller', '3 in 4 were faster')
  const measures: Measure[] = [
    { heading: firstContact, label: median, value: statisticOf(row, 'first_contact_days_median'), fill: PRIMARY },
    { heading: firstContact, label: p75, value: statisticOf(row, 'first_contact_days_p75'), fill: OKABE_ITO.skyBlue },
    { heading: closing, label: median, value: statisticOf(row, 'close_days_median'), fill: PRIMARY },
    { heading: closing, label: p75, value: statisticOf(row, 'close_days_p75'), fill: OKABE_ITO.skyBlue },
  ]
  const onTime = statisticOf(row, 'first_contact_on_time_share')
  const medianFirst = measures[0]!.value
  const withheld = measures.some((measure) => measure.value === null)

  const title =
    onTime !== null
      ? say(
          locale,
          `Van de meldingen${about}${place} uit ${when} met een eerste contact kreeg ${formatShare(onTime, locale)} dat op tijd (binnen ${deadline} werkdagen)`,
          `Of the concerns${about} received${place} in ${when} that had a first contact, ${formatShare(onTime, locale)} got it on time (within ${deadline} working days)`,
        )
      : medianFirst !== null
        ? say(locale, `Eerste contact na ${days(medianFirst, locale)} (mediaan, meldingen uit ${when})`, `First contact after ${days(medianFirst, locale)} (median, concerns received in ${when})`)
        : withheldHeadline(locale, { nl: `Eerste contact op tijd${place} in ${when}`, en: `First contact on time${place} in ${when}` }, 'share')
  const summary = sentences(
    say(
      locale,
      `Hoeveel dagen het duurde tot het eerste contact met de vertrouwenspersoon en tot de melding was afgesloten, voor meldingen${about} die${place} in ${when} binnenkwamen.`,
      `How many days it took until the first contact with the confidant and until the concern was closed, for concerns${about} received${place} in ${when}.`,
    ),
    say(
      locale,
      `De afspraak is eerste contact binnen ${deadline} werkdagen (de stippellijn); de tijden tellen alle dagen, ook het weekend.`,
      `The agreement is first contact within ${deadline} working days (the dashed line); the times count all days, weekends too.`,
    ),
  )
  const barOf = (measure: Measure): Bar => ({ label: measure.label, value: measure.value, text: measure.value === null ? WITHHELD_MARK : days(measure.value, locale), fill: measure.fill })
  const table = {
    caption,
    columns,
    rows: measures.map((measure) => [measure.heading, measure.label, measure.value === null ? WITHHELD_MARK : formatDecimal(measure.value, locale)]),
  }
  const options = { locale, xLabel: say(locale, 'Dagen', 'Days'), tickFormat: (n: number) => formatDecimal(n, locale), fractional: true }
  return makeView('durations', {
    title,
    summary,
    table,
    footnotes: viewFootnotes(data, { years: year, tables: ['concerns'], shown: [], withheld: withheld || onTime === null }),
    heading: partialHeading(tables, year, locale),
    legend: legendOf(locale, withheld),
    draw: (canvas) =>
      stackSvgs(canvas.document, canvas.width, [
        drawBarPanels([{ heading: firstContactHeading, bars: measures.slice(0, 2).map(barOf) }], { ...options, reference: deadline }, canvas),
        drawBarPanels([{ heading: closing, bars: measures.slice(2).map(barOf) }], options, canvas),
      ]),
  })
}
