/** Number formatting for charts and tables (nl-NL: 1.234 and 12,5%; en-GB for English), the same in the dashboard and the report. */
import type { Locale } from '@klankbord/contract/vocabulary'

const TAGS: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' }
const integers = { nl: new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 }), en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }) }
const percents = {
  nl: new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 }),
}
const decimals = { nl: new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }), en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }) }
const compacts = { nl: new Intl.NumberFormat('nl-NL', { notation: 'compact', maximumFractionDigits: 1 }), en: new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1 }) }
const days = {
  nl: new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }),
}

/**
 * The one mark for a withheld value, whether it is a small count or a cell withheld to protect one: the two must
 * never be told apart, so there is no "< k".
 */
export const WITHHELD_MARK = '–'

/** The BCP 47 tag for a locale, for other Intl formatters. */
export const localeTag = (locale: Locale = 'nl'): string => TAGS[locale]

export const formatCount = (n: number, locale: Locale = 'nl'): string => integers[locale].format(n)
export const formatShare = (fraction: number, locale: Locale = 'nl'): string => percents[locale].format(fraction)
/** Days with at most one decimal (durations are medians of fractional days): "1,5". */
export const formatDecimal = (n: number, locale: Locale = 'nl'): string => decimals[locale].format(n)
/** Short numbers for axis ticks on a narrow chart: "1,2K". */
export const formatCompact = (n: number, locale: Locale = 'nl'): string => compacts[locale].format(n)

/** A published count, or the withheld mark; never zero for a withheld cell. */
export const formatCell = (n: number | null, locale: Locale = 'nl'): string => (n === null ? WITHHELD_MARK : formatCount(n, locale))

/** An ISO date ('2026-12-07') as "7 dec" / "7 Dec". */
export const formatDay = (isoDate: string, locale: Locale = 'nl'): string => days[locale].format(new Date(`${isoDate}T00:00:00Z`)).replace('.', '')

/** A change between two shares in percentage points, with its sign: "+5,2" or "−3". */
export const formatPointChange = (from: number, to: number, locale: Locale = 'nl'): string => {
  const points = Math.round((to - from) * 1000) / 10
  const text = decimals[locale].format(Math.abs(points))
  return points > 0 ? `+${text}` : points < 0 ? `−${text}` : text
}
