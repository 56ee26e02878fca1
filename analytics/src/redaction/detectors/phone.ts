import { PRIORITY, type Candidate } from '../candidate.js'

// Starts of a phone number: +, 00, (0 or 0, then digits with spaces, dashes, slashes or brackets between.
// Dots are no separator here, so times such as "09.00-17.00" never look like a number.
const NUMBER_RUN = '(?:\\+\\s?\\(?\\d|\\(\\s?0\\d{1,3}\\s?\\)|0)[\\d ()/–—-]*\\d'
const CANDIDATE = new RegExp(`(?<![\\p{L}\\p{N}+€.,/–—-])${NUMBER_RUN}`, 'gu')
// Right after a number found, behind a slash or comma: "06-12345678/06-87654321".
const NEXT_NUMBER = new RegExp(`\\s?[/,;]\\s?(${NUMBER_RUN})`, 'uy')
const SERVICE_PREFIX = /^0(?:800|900|906|909)/
// Dotted numbers need ten digits from the 0, so "06.12.2024 14.30" (a date and a time) stays a date.
const DOTTED = /(?<![\p{L}\p{N}+€.,/-])0\d{1,3}(?:\.\d{2,7}){1,4}(?![\p{N}]|[.,]\p{N})/gu

/**
 * Dutch numbers have ten digits from the leading 0 (06 mobile, 0xx or 0xxx area codes); +31 and 0031 replace
 * the 0, and "(0)" may still be written after them. Other countries: + or 00 with 8 to 15 digits in all.
 * Short and service numbers (112, 14 0485, 0800, 0900) reach organisations and are left alone.
 */
export function detectPhones(text: string, out: Candidate[]): void {
  const candidates = new RegExp(CANDIDATE.source, CANDIDATE.flags)
  for (let match = candidates.exec(text); match; match = candidates.exec(text)) {
    const end = phoneEnd(text, match.index, match[0])
    if (end === undefined) continue
    out.push({ type: 'TELEFOON', start: match.index, end, priority: PRIORITY.TELEFOON })
    // "0485-512345 / 0485 512 345": a second number may follow in the same run of digits and separators.
    candidates.lastIndex = end
    NEXT_NUMBER.lastIndex = end
    const next = NEXT_NUMBER.exec(text)
    if (!next) continue
    const nextStart = end + next[0].length - next[1]!.length
    const nextEnd = phoneEnd(text, nextStart, next[1]!)
    if (nextEnd === undefined) continue
    out.push({ type: 'TELEFOON', start: nextStart, end: nextEnd, priority: PRIORITY.TELEFOON })
    candidates.lastIndex = nextEnd
  }
  for (const match of text.matchAll(DOTTED)) {
    if (match[0].replace(/\D/g, '').length !== 10) continue
    out.push({ type: 'TELEFOON', start: match.index, end: match.index + match[0].length, priority: PRIORITY.TELEFOON })
  }
}

function phoneEnd(text: string, start: number, candidate: string): number | undefined {
  const positions: number[] = []
  let gap = 0
  for (let i = 0; i < candidate.length; i++) {
    const char = candidate[i]!
    if (char >= '0' && char <= '9') {
      positions.push(i)
      gap = 0
    } else if (positions.length > 0 && ++gap > 3) {
      break
    }
  }
  const digits = positions.map((i) => candidate[i]).join('')
  const needed = requiredDigits(candidate, digits)
  if (needed === undefined || positions.length < needed) return undefined
  const last = positions[needed - 1]!
  const next = candidate[last + 1]
  if (next !== undefined && next >= '0' && next <= '9') return undefined
  const end = start + last + 1
  return /[\p{L}]/u.test(text[end] ?? '') ? undefined : end
}

function requiredDigits(candidate: string, digits: string): number | undefined {
  const international = candidate.startsWith('+') || digits.startsWith('00')
  if (international) {
    const offset = candidate.startsWith('+') ? 0 : 2
    const rest = digits.slice(offset)
    if (rest.startsWith('31')) return offset + 2 + (rest[2] === '0' ? 1 : 0) + 9
    if (rest.startsWith('0')) return undefined
    const available = Math.min(rest.length, 15)
    return available >= 8 ? offset + available : undefined
  }
  // 0800 and 0900 numbers belong to organisations (helplines, the GP out-of-hours service): ordinary facts.
  if (SERVICE_PREFIX.test(digits)) return undefined
  const firstGroup = /^\(?\s?(\d+)/.exec(candidate)?.[1] ?? ''
  // A two-digit first group is only ever "06"; "01-02-2024 12" is a date followed by a number.
  if (firstGroup.length < 2 || (firstGroup.length === 2 && firstGroup !== '06')) return undefined
  return 10
}
