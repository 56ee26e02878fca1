import type { Granularity } from './periods.js'

/** One row of the `periods` table: the days a published period covers, and whether that is less than all of it. */
export type PeriodCoverage = {
  period: string
  year: string
  granularity: Granularity
  first_day: string
  last_day: string
  days: number
  partial: boolean
}

/** The Dutch calendar date of a moment, as YYYY-MM-DD. */
export function dutchDate(moment: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(moment)
}

const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()
const daysBetween = (first: string, last: string) => Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000) + 1

/** The calendar span of a period: "2026", "2026-K4" or "2026-12". */
function spanOf(period: string): { start: string; end: string } {
  const year = Number(period.slice(0, 4))
  const quarter = /^\d{4}-K([1-4])$/.exec(period)
  if (quarter) {
    const first = (Number(quarter[1]) - 1) * 3 + 1
    return { start: iso(year, first, 1), end: iso(year, first + 2, lastDayOfMonth(year, first + 2)) }
  }
  const month = /^\d{4}-(\d{2})$/.exec(period)
  if (month) return { start: iso(year, Number(month[1]), 1), end: iso(year, Number(month[1]), lastDayOfMonth(year, Number(month[1]))) }
  return { start: iso(year, 1, 1), end: iso(year, 12, 31) }
}

/**
 * The days each period covers: from the first concern ever received (the first year is usually partial) to the
 * day of publication (the running year, quarter or month is). A council member comparing 2026 with 2025 must
 * know whether both are whole years.
 */
export function periodCoverage(periods: readonly string[], granularity: Granularity, firstDay: string | undefined, publicationDay: string): PeriodCoverage[] {
  return [...new Set(periods)].sort().map((period) => {
    const { start, end } = spanOf(period)
    const first = firstDay && firstDay > start ? firstDay : start
    const last = publicationDay < end ? publicationDay : end
    const isYear = /^\d{4}$/.test(period)
    return { period, year: period.slice(0, 4), granularity: isYear ? 'year' : granularity, first_day: first, last_day: last, days: Math.max(0, daysBetween(first, last)), partial: first !== start || last !== end }
  })
}
