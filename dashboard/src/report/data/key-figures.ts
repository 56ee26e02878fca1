/**
 * The key figures of the summary page for a year and the year before, read from published cells only:
 * a withheld count reads "< k", a statistic that rests on fewer than k concerns reads "–", and a change is
 * only given when both years are published.
 */
import { ALL, cell, countOf, rowsOf, statisticOf } from '../../charts/select.js'
import type { PublishedTables } from '../../charts/index.js'
import { formatCell, formatCount, formatDecimal, formatPointChange, formatShare } from '../../number-format.js'
import type { ReportScope } from './report-scope.js'

export type KeyFigure = {
  readonly label: string
  readonly current: string
  readonly previous: string
  readonly change: string
  /** The published values, for sentences and tests. */
  readonly values: { readonly current: number | null; readonly previous: number | null }
}

export const NOT_AVAILABLE = '–'

const signed = (n: number, text: string) => (n > 0 ? `+${text}` : n < 0 ? `−${text}` : text)

type Kind = 'count' | 'share' | 'days'

function figure(label: string, kind: Kind, current: number | null, previous: number | null, k: number): KeyFigure {
  const show = (n: number | null) => (kind === 'count' ? formatCell(n, k) : n === null ? NOT_AVAILABLE : kind === 'share' ? formatShare(n) : formatDecimal(n))
  let change = NOT_AVAILABLE
  if (current !== null && previous !== null) {
    if (kind === 'count') {
      const difference = signed(current - previous, formatCount(Math.abs(current - previous)))
      change = previous > 0 ? `${difference} (${signed(current - previous, formatShare(Math.abs(current - previous) / previous))})` : difference
    } else if (kind === 'share') change = `${formatPointChange(previous, current)} procentpunt`
    else change = signed(current - previous, formatDecimal(Math.abs(current - previous)))
  }
  return { label, current: show(current), previous: show(previous), change, values: { current, previous } }
}

export function keyFigures(tables: PublishedTables, scope: ReportScope, k: number): KeyFigure[] {
  const municipality = scope.municipality ?? ALL
  const concerns = (year: string) => cell(rowsOf(tables, 'concerns'), { year, municipality, domain: ALL })
  const signals = (year: string) => cell(rowsOf(tables, 'signals'), { year, municipality, status: ALL })
  const both = <T>(read: (year: string) => T) => [read(scope.year), read(scope.previousYear)] as const
  const [now, before] = both(concerns)
  const statistic = (column: string) => [statisticOf(now, column), statisticOf(before, column)] as const
  return [
    figure('Meldingen', 'count', countOf(now), countOf(before), k),
    figure('Afgesloten zonder klacht of bezwaar', 'share', ...statistic('closed_without_procedure_share'), k),
    figure('Eerste contact op tijd', 'share', ...statistic('first_contact_on_time_share'), k),
    figure('Dagen tot eerste contact (mediaan)', 'days', ...statistic('first_contact_days_median'), k),
    figure('Dagen tot afsluiten (mediaan)', 'days', ...statistic('close_days_median'), k),
    figure('Signalen aan de gemeente', 'count', ...both((year) => countOf(signals(year))), k),
  ]
}
