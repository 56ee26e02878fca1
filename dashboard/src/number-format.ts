/** Number formatting for charts and tables (nl-NL: 1.234 and 12,5%; en-GB for English), the same in the dashboard and the report. */
import type { Locale } from '@klankbord/contract/vocabulary'

const TAGS: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' }
const integers = { nl: new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 }), en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }) }
const percents = {
  nl: new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 }),
}
const decimals = { nl: new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }), en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }) }

/** The BCP 47 tag for a locale, for other Intl formatters. */
export const localeTag = (locale: Locale = 'nl'): string => TAGS[locale]

export const formatCount = (n: number, locale: Locale = 'nl'): string => integers[locale].format(n)
export const formatShare = (fraction: number, locale: Locale = 'nl'): string => percents[locale].format(fraction)
/** Days with at most one decimal (durations are medians of fractional days): "1,5". */
export const formatDecimal = (n: number, locale: Locale = 'nl'): string => decimals[locale].format(n)

/** A suppressed cell is shown as "< k", never as zero. */
export const formatCell = (n: number | null, k: number, locale: Locale = 'nl'): string => (n === null ? `< ${k}` : formatCount(n, locale))

/** A change between two shares in percentage points, with its sign: "+5,2" or "−3". */
export const formatPointChange = (from: number, to: number, locale: Locale = 'nl'): string => {
  const points = Math.round((to - from) * 1000) / 10
  const text = decimals[locale].format(Math.abs(points))
  return points > 0 ? `+${text}` : points < 0 ? `−${text}` : text
}
