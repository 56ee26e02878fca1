import { parseIsoDate } from '@klankbord/contract/dates'
import type { ResidentLocale } from '@klankbord/contract/vocabulary'
import { intlTag } from './page-locale.js'

/** A calendar date (`YYYY-MM-DD`) in the resident's language, as the widget writes it. */
export const formatDate = (iso: string, locale: ResidentLocale): string =>
  new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(parseIsoDate(iso))

/** The Dutch day of a moment: the confidant works in the Netherlands, whatever the server's time zone. */
export const formatDay = (moment: string | Date, locale: ResidentLocale): string =>
  new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date(moment))

export const formatMoment = (moment: string | Date, locale: ResidentLocale): string =>
  new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(new Date(moment))

export const formatClock = (moment: Date, locale: ResidentLocale): string =>
  new Intl.DateTimeFormat(intlTag(locale), { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }).format(moment)

/** Today in the Netherlands, `YYYY-MM-DD`. */
export const dutchToday = (now: Date): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now)
