import type { IsoDate } from '@klankbord/contract/dates'

const FORMAT = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' })

/** The calendar date in the Netherlands at `moment`: deadlines count in local days, not UTC days. */
export function amsterdamDate(moment: Date): IsoDate {
  return FORMAT.format(moment)
}
