/**
 * Whether a year may be compared with the year before: only when both cover the same span of days, which for
 * published years means both are complete. A partial year against a full one would show a drop that is not there.
 */
import type { Locale } from '@klankbord/contract/vocabulary'
import { coverageOf, dateRange } from './coverage.js'
import type { PublishedTables } from './types.js'
import { say } from './words.js'

export type Comparison = { readonly comparable: true } | { readonly comparable: false; readonly reason: string }

export function compareYears(tables: PublishedTables, year: string, previousYear: string, locale: Locale): Comparison {
  const now = coverageOf(tables, year)
  const before = coverageOf(tables, previousYear)
  const notWith = say(locale, `We vergelijken niet met ${previousYear}`, `We do not compare with ${previousYear}`)
  if (!now || !before) return { comparable: false, reason: say(locale, `${notWith}: niet bekend is of beide jaren compleet zijn.`, `${notWith}: it is not known whether both years are complete.`) }
  if (!now.partial && !before.partial) return { comparable: true }
  const partial = [now, before].filter((c) => c.partial).map((c) => `${c.period} (${dateRange(c, locale)})`)
  return {
    comparable: false,
    reason:
      partial.length === 1
        ? say(locale, `${notWith}: de cijfers over ${partial[0]} gaan niet over het hele jaar.`, `${notWith}: the figures for ${partial[0]} do not cover the whole year.`)
        : say(locale, `${notWith}: de cijfers over ${partial.join(' en ')} gaan niet over hele jaren.`, `${notWith}: the figures for ${partial.join(' and ')} do not cover whole years.`),
  }
}
