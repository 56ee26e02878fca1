/** Periods of the over_time table: "2025", "2025-K3" or "2025-07", written for people ("K3 2025", "jul 2025"). */
import type { Locale } from '@klankbord/contract/vocabulary'
import { localeTag } from '../number-format.js'

const QUARTER = /^(\d{4})-K([1-4])$/
const MONTH = /^(\d{4})-(\d{2})$/

export const yearOfPeriod = (period: string): string => period.slice(0, 4)

export function formatPeriod(period: string, locale: Locale): string {
  const quarter = QUARTER.exec(period)
  if (quarter) return locale === 'en' ? `Q${quarter[2]} ${quarter[1]}` : `K${quarter[2]} ${quarter[1]}`
  const month = MONTH.exec(period)
  if (month) {
    const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1))
    return new Intl.DateTimeFormat(localeTag(locale), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date).replace('.', '')
  }
  return period
}
