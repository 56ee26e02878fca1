import { intlTag } from '../locale-tags.js'
import type { Locale } from '../localization.js'

const tag = intlTag

/** The day of a moment, in the resident's own time zone. */
export const formatDay = (iso: string, locale: Locale): string => new Intl.DateTimeFormat(tag(locale), { dateStyle: 'long' }).format(new Date(iso))

export const formatMoment = (iso: string, locale: Locale): string =>
  new Intl.DateTimeFormat(tag(locale), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso))

export const formatClock = (date: Date, locale: Locale): string => date.toLocaleTimeString(tag(locale), { hour: '2-digit', minute: '2-digit' })

/** Today in the Netherlands, `YYYY-MM-DD`: a term runs out by Dutch days, wherever the resident's device is set. */
export const dutchToday = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date())
