import { PRIORITY, type Candidate } from '../candidate.js'
import { isValidBsn } from '../checksums/elfproef.js'

// Exactly 8 or 9 digits, optionally split by single dots, spaces or dashes (123.456.782, 1234 56 782).
const NUMBER = /(?<![\p{N}€]|\p{N}[ .,-]|[\p{L}/])\p{N}(?:[ .-]?\p{N}){7,8}(?![\p{N}\p{L}]|[ .,-]\p{N})/gu
// The keyword may be a few words away: "burgerservicenummer van mijn moeder is 123456789".
const KEYWORD_BEFORE = /(?:\bbsn|burgerservicenummer|burger service nummer|sofi-?nummer|sofinr|citizen service number)(?:-?nummer)?([^\d\n]{0,40})$/i
// "zijn BSN niet, wel zijn klantnummer 40012345": another number's keyword in between takes over.
const OTHER_NUMBER_BETWEEN = /(?:nummer|\bnr\b|kenmerk|dossier|zaak|iban|rekening|telefoon|\btel\b|mobiel|number)[^\d\n]*$/i
const KEYWORD_AFTER = /^\s*\(?\s*(?:bsn|burgerservicenummer)\b/i

/**
 * BSNs pass the elfproef; nine digits that fail it are left alone (they are usually amounts or other
 * numbers), unless "BSN" or "burgerservicenummer" stands right before or after them.
 */
export function detectBsns(text: string, out: Candidate[]): void {
  for (const match of text.matchAll(NUMBER)) {
    const start = match.index
    const end = start + match[0].length
    const digits = match[0].replace(/\D/g, '')
    if (!/^[\d .-]+$/.test(match[0])) continue
    const before = text.slice(Math.max(0, start - 60), start)
    const keywordMatch = KEYWORD_BEFORE.exec(before)
    const keywordBefore = keywordMatch !== null && !OTHER_NUMBER_BETWEEN.test(keywordMatch[1]!)
    const keyword = keywordBefore || KEYWORD_AFTER.test(text.slice(end, end + 25))
    if (keyword) {
      out.push({ type: 'BSN', start, end, priority: PRIORITY.BSN_WITH_KEYWORD })
    } else if (digits.length === 9 && isValidBsn(digits) && !looksLikeAmount(match[0])) {
      out.push({ type: 'BSN', start, end, priority: PRIORITY.BSN })
    }
  }
}

// Dutch amounts group thousands with dots in threes; a BSN written that way (123.456.782) still passes,
// but 1.234.567 or 12.345.678 do not look like a BSN.
function looksLikeAmount(value: string): boolean {
  return /^\d{1,2}\.\d{3}\.\d{3}$/.test(value)
}
