/**
 * Which days a period's data covers, from the published `periods` table: the first year starts when the first
 * concern came in and the running year ends at the publication day, so both are partial and say so with dates.
 */
import type { Locale } from '@klankbord/contract/vocabulary'
import { formatDay } from '../number-format.js'
import { formatPeriod } from './period.js'
import { rowsOf } from './select.js'
import type { PublishedTables } from './types.js'
import { say } from './words.js'

export type Coverage = {
  /** "2026", "2026-K4" or "2026-12". */
  readonly period: string
  /** ISO dates, the first and last day with data inside the period. */
  readonly firstDay: string
  readonly lastDay: string
  readonly days: number
  /** The data does not cover the whole calendar period. */
  readonly partial: boolean
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

export function coverageOf(tables: PublishedTables, period: string): Coverage | undefined {
  const row = rowsOf(tables, 'periods').find((r) => String(r.period) === period)
  if (!row || !ISO_DATE.test(String(row.first_day)) || !ISO_DATE.test(String(row.last_day))) return undefined
  return { period, firstDay: String(row.first_day), lastDay: String(row.last_day), days: Number(row.days), partial: row.partial === true || row.partial === 'true' }
}

/** "1 jan – 7 dec". */
export const dateRange = (coverage: Coverage, locale: Locale): string => `${formatDay(coverage.firstDay, locale)} – ${formatDay(coverage.lastDay, locale)}`

/** A period for people, with its dates when the data does not cover all of it: "2026 (1 jan – 7 dec)", "K3 2025". */
export function periodText(tables: PublishedTables, period: string, locale: Locale): string {
  const coverage = coverageOf(tables, period)
  const name = formatPeriod(period, locale)
  return coverage?.partial ? `${name} (${dateRange(coverage, locale)})` : name
}

/** The line above a chart of one partial year, "2026: alleen 1 jan – 7 dec"; undefined for a complete year. */
export function partialHeading(tables: PublishedTables, year: string, locale: Locale): string | undefined {
  const coverage = coverageOf(tables, year)
  return coverage?.partial ? say(locale, `${year}: alleen ${dateRange(coverage, locale)} (niet compleet)`, `${year}: ${dateRange(coverage, locale)} only (not complete)`) : undefined
}

/** The footnote for the partial periods among `periods`, or nothing when all are complete. */
export function partialNote(tables: PublishedTables, periods: readonly string[], locale: Locale): string | undefined {
  const partial = periods.flatMap((period) => {
    const coverage = coverageOf(tables, period)
    return coverage?.partial ? [`${formatPeriod(period, locale)} (${dateRange(coverage, locale)})`] : []
  })
  if (partial.length === 0) return undefined
  const list = partial.join(', ')
  return say(locale, `Niet compleet: ${list}. De cijfers gaan alleen over die dagen.`, `Not complete: ${list}. The figures cover only those days.`)
}
