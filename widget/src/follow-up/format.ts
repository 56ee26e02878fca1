import type { Locale } from '../localization.js'

const tag = (locale: Locale) => (locale === 'en' ? 'en-GB' : 'nl-NL')

/** The day of a moment, in the resident's own time zone. */
export const formatDay = (iso: string, locale: Locale): string => new Intl.DateTimeFormat(tag(locale), { dateStyle: 'long' }).format(new Date(iso))

export const formatMoment = (iso: string, locale: Locale): string =>
  new Intl.DateTimeFormat(tag(locale), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso))

export const formatClock = (date: Date, locale: Locale): string => date.toLocaleTimeString(tag(locale), { hour: '2-digit', minute: '2-digit' })
