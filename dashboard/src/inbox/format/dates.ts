import type { Locale } from '@klankbord/contract/vocabulary'

const TIME_ZONE = 'Europe/Amsterdam'
const DAY_MS = 86_400_000
const INTL_LOCALE: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' }

/** Today's calendar date in the Netherlands, as `YYYY-MM-DD`, whatever the computer's own time zone. */
export function amsterdamDate(now: Date): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}

/** Whole calendar days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)
}

/** A calendar date (`YYYY-MM-DD`) as "12 juni 2025". */
export function formatDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`))
}

/** A calendar date in a table: "12 jun 2025". */
export function formatShortDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`))
}

/** A moment as Dutch local date and time: "12 jun 2025, 14:05". */
export function formatDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE }).format(new Date(iso))
}

/** Minutes as "1 u 30 min" / "1 h 30 min". */
export function formatMinutes(minutes: number, locale: Locale): string {
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  const h = locale === 'nl' ? 'u' : 'h'
  if (hours === 0) return `${rest} min`
  return rest === 0 ? `${hours} ${h}` : `${hours} ${h} ${rest} min`
}
