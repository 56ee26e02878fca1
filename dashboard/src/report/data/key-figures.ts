/**
 * The key figures of the summary page for a year and the year before, read from published cells only: a
 * withheld value reads "–", and a change is only given when both years cover the same span of days.
 */
import { closedWithoutProcedure } from '../../charts/closed-without-procedure.js'
import { compareYears, type Comparison } from '../../charts/comparison.js'
import { ALL, cell, countOf, rowsOf, statisticOf } from '../../charts/select.js'
import type { PublishedTables } from '../../charts/index.js'
import { formatCell, formatCount, formatDecimal, formatPointChange, formatShare, WITHHELD_MARK } from '../../number-format.js'
import type { ReportScope } from './report-scope.js'

export type KeyFigure = {
  readonly label: string
  readonly current: string
  readonly previous: string
  readonly change: string
  /** The published values, for sentences and tests. */
  readonly values: { readonly current: number | null; readonly previous: number | null }
}

export type KeyFigureId = 'received' | 'closed' | 'withoutProcedure' | 'onTime' | 'firstContactDays' | 'closeDays' | 'signals'

export type KeyFigures = {
  readonly rows: Readonly<Record<KeyFigureId, KeyFigure>>
  /** Whether the year may be compared with the one before, and if not, why. */
  readonly comparison: Comparison
}

/** The change when the two years do not cover the same span; the summary then leaves the column out and says why. */
export const NOT_COMPARED = 'niet vergeleken'

const signed = (n: number, text: string) => (n > 0 ? `+${text}` : n < 0 ? `−${text}` : text)

type Kind = 'count' | 'share' | 'days'

const show = (kind: Kind, n: number | null) => (n === null ? WITHHELD_MARK : kind === 'count' ? formatCell(n) : kind === 'share' ? formatShare(n) : formatDecimal(n))

function change(kind: Kind, current: number | null, previous: number | null): string {
  if (current === null || previous === null) return WITHHELD_MARK
  if (kind === 'count') {
    const difference = signed(current - previous, formatCount(Math.abs(current - previous)))
    return previous > 0 ? `${difference} (${signed(current - previous, formatShare(Math.abs(current - previous) / previous))})` : difference
  }
  if (kind === 'share') return `${formatPointChange(previous, current)} procentpunt`
  return signed(current - previous, formatDecimal(Math.abs(current - previous)))
}

export function keyFigures(tables: PublishedTables, scope: ReportScope): KeyFigures {
  const municipality = scope.municipality ?? ALL
  const years = [scope.year, scope.previousYear] as const
  const comparison = compareYears(tables, scope.year, scope.previousYear, 'nl')
  const figure = (label: string, kind: Kind, read: (year: string) => number | null): KeyFigure => {
    const [current, previous] = years.map(read) as [number | null, number | null]
    return {
      label,
      current: show(kind, current),
      previous: show(kind, previous),
      change: comparison.comparable ? change(kind, current, previous) : NOT_COMPARED,
      values: { current, previous },
    }
  }
  const concerns = (year: string) => cell(rowsOf(tables, 'concerns'), { year, municipality, domain: ALL })
  const statistic = (column: string) => (year: string) => statisticOf(concerns(year), column)
  return {
    comparison,
    rows: {
      received: figure('Meldingen binnengekomen', 'count', (year) => countOf(concerns(year))),
      closed: figure('Meldingen afgesloten', 'count', (year) => countOf(cell(rowsOf(tables, 'outcomes'), { year, municipality, outcome: ALL }))),
      withoutProcedure: figure('Afgesloten zonder klacht of bezwaar (deel van de afgesloten meldingen)', 'share', (year) => closedWithoutProcedure(tables, year, municipality).share),
      onTime: figure('Eerste contact op tijd (deel van de binnengekomen meldingen met een eerste contact)', 'share', statistic('first_contact_on_time_share')),
      firstContactDays: figure('Dagen tot eerste contact (mediaan)', 'days', statistic('first_contact_days_median')),
      closeDays: figure('Dagen tot afsluiten (mediaan)', 'days', statistic('close_days_median')),
      signals: figure('Signalen aan de gemeente', 'count', (year) => countOf(cell(rowsOf(tables, 'signals'), { year, municipality, status: ALL }))),
    },
  }
}
