import { PRIORITY, type Candidate } from '../candidate.js'

// Only an abbreviation takes a dot; after a full month name the dot ends the sentence.
const MONTH =
  '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october|(?:jan|febr|feb|mrt|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec)\\.?)'
const YEAR = "(?:'\\d{2}|\\d{4})"
const NUMERIC = /(?<![\p{L}\p{N}.,/-])(\d{1,2})([-/.])(\d{1,2})\2('?\d{2}|\d{4})(?![\p{N}]|[.,/-]\p{N})/gu
// "2025-03-03", also "2025/03/03".
const ISO = /(?<![\p{N}/-])(\d{4})([-/])(\d{2})\2(\d{2})(?![\p{N}])/gu
// "12 maart 1985", "3 januari", "15- jan 1928", "1e mei", "4 JAN 1999"
const DAY_MONTH = new RegExp(`(?<![\\p{L}\\p{N}.,])(\\d{1,2})(?:e|ste|de|st|nd|rd|th)?(?:\\s*-\\s*|\\s+|-)(?:(?:of|van)\\s+)?${MONTH}(?:(?:\\s*-\\s*|\\s+|,\\s*)${YEAR})?(?![\\p{L}\\p{N}])`, 'giu')
// "March 12, 1985" (English month names are capitalised, so Dutch "mei 12 keer" stays)
const MONTH_DAY = /(?<![\p{L}])(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?(?![\p{L}\p{N}])/gu
// "2012 aug 1"
const YEAR_MONTH_DAY = new RegExp(`(?<![\\p{L}\\p{N}])\\d{4}\\s+${MONTH}\\s+(\\d{1,2})(?![\\p{L}\\p{N}]|[.,:]\\p{N})`, 'giu')
// "naar 19-11", "op 3/4": a day and month without a year only after a word that introduces a date.
// "op 14-1, 28-1 en 11-2": a list of such dates goes on after the first.
const DAY_MONTH_NUMERIC = /(?<=(?:\b(?:op|naar|tot|vanaf|per|sinds|voor|datum|dd|on|until|\p{L}*afspraak|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)\.?:?|\d{1,2}[-/]\d{1,2}(?:,|\s+en)|d\.d\.|\p{L}*verslag|brief van|mij|me|hem|haar)\s+)(\d{1,2})[-/](\d{1,2})(?![\p{L}\p{N}]|[-/.,]\p{N}|\s*-?\s*(?:uur|u\b|keer|jaar|jarig|dagen|weken|maanden|kinderen|personen|mensen|euro|%|x\b))/giu
const NOTE_DATE = /(?:(?<=^|[\n.!?]\s{0,3}|^\s+)(\d{1,2})[-/](\d{1,2})(?=\s+\p{Ll})|(?<=^\s*|\b(?:tel|telefoon|gesprek|mail|e-mail|brief|bezoek|huisbezoek|notitie|afspraak)\.?\s+)(\d{1,2})[-/](\d{1,2}):(?!\d))/gimu
const SECTION_BEFORE = /(?:artikel|art\.|lid|versie|hoofdstuk|paragraaf|par\.|§)\s*$/i

/** Full dates only: a day with a month (and maybe a year). A month or a year alone is an ordinary fact. */
export function detectDates(text: string, out: Candidate[]): void {
  if (!/\d/.test(text)) return
  for (const match of text.matchAll(NUMERIC)) {
    const [, a, separator, b, year] = match
    // With a four-digit year even an impossible date ("32-01-1990", "31-13-1985") is what someone typed as theirs.
    // "00-00-1971": a date of birth the system does not know, still someone's.
    const fits = year!.length === 4 ? (day: number, month: number) => isTypedDayMonth(day, month) || (day === 0 && month <= 12) : isDayMonth
    if (!fits(Number(a), Number(b)) && !fits(Number(b), Number(a))) continue
    // "artikel 1.2.12" is a section number, not a date.
    if (separator === '.' && year!.length <= 2 && SECTION_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index))) continue
    push(out, match.index, match[0].length)
  }
  // "11-10 teruggebeld", "Tel. 5/11: dhr. Bakker": a note's date at the start of a line or before a colon.
  for (const match of text.matchAll(NOTE_DATE)) {
    const day = match[1] ?? match[3]
    const month = match[2] ?? match[4]
    if (isDayMonth(Number(day), Number(month))) push(out, match.index + match[0].indexOf(`${day}`), match[0].trim().replace(/:$/, '').length - match[0].trim().indexOf(`${day}`))
  }
  for (const match of text.matchAll(DAY_MONTH_NUMERIC)) {
    if (isDayMonth(Number(match[1]), Number(match[2]))) push(out, match.index, match[0].length)
  }
  for (const match of text.matchAll(ISO)) {
    if (isDayMonth(Number(match[4]), Number(match[3]))) push(out, match.index, match[0].length)
  }
  for (const match of text.matchAll(DAY_MONTH)) {
    const withYear = /\d{2}$/.test(match[0])
    // "2e Jan Steenstraat": "Jan" before another capitalised word is a given name in a street's name.
    if (!withYear && /Jan$/.test(match[0]) && /^\s+\p{Lu}/u.test(text.slice(match.index + match[0].length))) continue
    if (isDay(Number(match[1])) || (withYear && isTypedDay(Number(match[1])))) push(out, match.index, match[0].length)
  }
  for (const match of text.matchAll(MONTH_DAY)) {
    if (isDay(Number(match[1]))) push(out, match.index, match[0].length)
  }
  for (const match of text.matchAll(YEAR_MONTH_DAY)) {
    if (isDay(Number(match[1]))) push(out, match.index, match[0].length)
  }
}

const isDay = (day: number) => day >= 1 && day <= 31
const isDayMonth = (day: number, month: number) => isDay(day) && month >= 1 && month <= 12
// A slip of one key: a day up to 39, a month up to 19.
const isTypedDay = (day: number) => day >= 1 && day <= 39
const isTypedDayMonth = (day: number, month: number) => isTypedDay(day) && month >= 1 && month <= 19

function push(out: Candidate[], start: number, length: number): void {
  out.push({ type: 'DATUM', start, end: start + length, priority: PRIORITY.DATUM })
}
