import { OBJECTION_TERM_WEEKS } from './vocabulary.js'

/** An ISO calendar date, `YYYY-MM-DD`, handled in UTC so no time zone shifts the day. */
export type IsoDate = string

const DAY_MS = 86_400_000

export function parseIsoDate(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`)
}

export function toIsoDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10)
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return toIsoDate(new Date(parseIsoDate(date).getTime() + days * DAY_MS))
}

function easterSunday(year: number): IsoDate {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * The general recognised holidays of the Algemene termijnenwet (art. 3) for a year.
 * Good Friday is not among them; Easter and Whit Sunday fall on a Sunday anyway.
 */
export function dutchPublicHolidays(year: number): Set<IsoDate> {
  const easter = easterSunday(year)
  const kingsDay = `${year}-04-27`
  const kingsDayObserved = parseIsoDate(kingsDay).getUTCDay() === 0 ? `${year}-04-26` : kingsDay
  return new Set([
    `${year}-01-01`,
    addDays(easter, 1),
    kingsDayObserved,
    `${year}-05-05`,
    addDays(easter, 39),
    addDays(easter, 50),
    `${year}-12-25`,
    `${year}-12-26`,
  ])
}

export function isWorkingDay(date: IsoDate): boolean {
  const weekday = parseIsoDate(date).getUTCDay()
  if (weekday === 0 || weekday === 6) return false
  return !dutchPublicHolidays(Number(date.slice(0, 4))).has(date)
}

export function addWorkingDays(date: IsoDate, days: number): IsoDate {
  let current = date
  let left = days
  while (left > 0) {
    current = addDays(current, 1)
    if (isWorkingDay(current)) left -= 1
  }
  return current
}

/**
 * The last day to lodge an objection against a decision dated `decisionDate`: six weeks later,
 * moved to the next working day when it falls on a weekend or holiday (Algemene termijnenwet art. 1).
 */
export function lastDayToObject(decisionDate: IsoDate): IsoDate {
  let last = addDays(decisionDate, OBJECTION_TERM_WEEKS * 7)
  while (!isWorkingDay(last)) last = addDays(last, 1)
  return last
}
