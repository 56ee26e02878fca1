import { PRIORITY, type Candidate } from '../candidate.js'

const POSTCODE = /(?<![\p{L}\p{N}€.,:/-])([1-9]\d{3})( ?)([A-Za-z]{2})(?![\p{L}\p{N}])/gu
// PostNL never issues these letter pairs.
const NEVER_ISSUED = new Set(['SA', 'SD', 'SS'])
// Pairs that are words or units after a number ("in 2023 en", "1500 km", "2024 EN 2025").
const WORD_PAIRS = new Set([
  'EN', 'OF', 'OP', 'IN', 'IS', 'TE', 'DE', 'NA', 'OM', 'IK', 'JE', 'ZE', 'WE', 'AL', 'NU', 'ER', 'ZO', 'JA', 'DAT',
  'TO', 'ON', 'AT', 'BY', 'OR', 'AN', 'AS', 'IT', 'IF', 'SO', 'NO', 'BE', 'DO', 'GO', 'HE', 'ME', 'MY', 'UP', 'US',
  'KM', 'KG', 'MG', 'ML', 'CM', 'MM', 'GB', 'MB', 'KB', 'AM', 'PM', 'ST', 'CT', 'PK', 'KW', 'HA', 'LB', 'EU', 'NL',
])
const KEYWORD_BEFORE = /(?:postcode|zip|post code)\s*:?\s*$/i
// "Kerkstraat 12, " or "12a " right before the postcode.
const ADDRESS_BEFORE = /\p{L}{3,}\.?\s+\d{1,5}\s?(?:-?\s?[A-Za-z]{1,3})?\s*,?\s*$/u
const PLACE_AFTER = /^\s*,?\s*\p{Lu}\p{Ll}/u

export function detectPostcodes(text: string, out: Candidate[]): void {
  for (const match of text.matchAll(POSTCODE)) {
    const space = match[2]!
    const letters = match[3]!
    const upper = letters.toUpperCase()
    if (NEVER_ISSUED.has(upper)) continue
    const start = match.index
    const end = start + match[0].length
    // "Plein 1944 nr. 3": "nr" before a number says which house, after a street named for a year.
    if ((upper === 'NR' || upper === 'NO') && /^\.?\s*\d/.test(text.slice(end, end + 4))) continue
    const before = text.slice(Math.max(0, start - 40), start)
    const context = KEYWORD_BEFORE.test(before) || ADDRESS_BEFORE.test(before)
    const placeAfter = PLACE_AFTER.test(text.slice(end, end + 3))
    const wordLike = WORD_PAIRS.has(upper)
    // Lower case with a space ("2023 en") is how numbers meet words, so it needs a place name after it.
    const accepted = context || (letters === upper ? !wordLike || placeAfter : !wordLike && (space === '' || placeAfter))
    if (accepted) out.push({ type: 'POSTCODE', start, end, priority: PRIORITY.POSTCODE })
  }
}
