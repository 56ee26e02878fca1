import { PRIORITY, type Candidate } from '../candidate.js'

// Dutch passports and identity cards: two letters, six letters or digits, a digit; the letter O is never used,
// so it cannot be mistaken for a zero. Residents also type it in lower case.
const TRAVEL_DOCUMENT_SHAPE = '[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]'
const TRAVEL_DOCUMENT = new RegExp(`(?<![\\p{L}\\p{N}-])${TRAVEL_DOCUMENT_SHAPE}(?![\\p{L}\\p{N}]|-\\p{L})`, 'giu')
const KEYWORD = /paspoort|passport|identiteitskaart|id[- ]?kaart|id[- ]?bewijs|identiteitsbewijs|legitimatie|documentnummer|documentnr|rijbewijs|driving licen[cs]e|verblijfs(?:document|vergunning)/iu
// A driving licence number: ten digits after its keyword; it never starts with 0, unlike a phone number.
const DRIVING_LICENCE = /(?<![\p{L}])rijbewijs(?:nummer|nr\.?)?[,:]?(?:\s+(?:is|heeft|met|nummer|nr\.?|number))*\s*:?\s*(\d{10})(?!\d)/giu
const LICENCE_KEYWORD = /rijbewijs|driving licen[cs]e|driver'?s licen[cs]e/iu
const TEN_DIGITS = /(?<![\p{L}\p{N}+€.,-])[1-9]\d{9}(?![\p{N}]|[.,]\p{N})/gu

// "Paspoort: NP 12 34 56 7", "id-kaart NT8K-3M7P-1": typed in groups, after its keyword and a few filler words.
const GROUPED_AFTER_KEYWORD = new RegExp(
  `(?:${KEYWORD.source})(?:nummer|nr\\.?)?[,:]?(?:\\s+(?:is|heeft|met|nummer|nr\\.?|number|no\\.?|van|mijn|zijn|haar|:))*\\s*:?\\s*([A-Za-z0-9]{1,5}(?:[ -][A-Za-z0-9]{1,5}){1,5})(?![\\p{L}\\p{N}])`,
  'giu',
)
const DOCUMENT_SHAPE = new RegExp(`^(?:${TRAVEL_DOCUMENT_SHAPE}|\\d{10})$`, 'iu')

/**
 * Passport and identity-card numbers. Without a keyword the shape must mix letters and digits the way real
 * numbers do (at least two of each after the first two letters), so words and plates do not match.
 */
export function detectDocumentNumbers(text: string, out: Candidate[]): void {
  const keyword = KEYWORD.test(text)
  for (const match of text.matchAll(TRAVEL_DOCUMENT)) {
    const value = match[0]
    const rest = value.slice(2, 8)
    const digits = rest.replace(/\D/g, '').length
    const mixed = digits >= 2 && rest.length - digits >= 1
    // In lower case a nine-letter word ending in a digit is rare, but demand a keyword or a clear mix; with a
    // keyword the number may be letters only up to its last digit ("BJNZSWAV5").
    if (!mixed && !keyword) continue
    // With its keyword it beats a case number's generic "met nummer".
    out.push({ type: 'DOCUMENTNUMMER', start: match.index, end: match.index + value.length, priority: keyword ? PRIORITY.CASE_NUMBER_WITH_KEYWORD + 1 : PRIORITY.DOCUMENTNUMMER })
  }
  if (keyword) {
    for (const match of text.matchAll(GROUPED_AFTER_KEYWORD)) {
      const value = match[1]!
      // Only a number typed in groups; whole numbers are found above. The groups may have run on into a word.
      const groups = value.split(/[ -]/)
      for (let count = groups.length; count >= 2; count--) {
        const candidate = groups.slice(0, count).join('')
        if (!DOCUMENT_SHAPE.test(candidate) || !/\d/.test(candidate)) continue
        const start = match.index + match[0].length - value.length
        const length = groups.slice(0, count).join(' ').length
        out.push({ type: 'DOCUMENTNUMMER', start, end: start + length, priority: PRIORITY.CASE_NUMBER_WITH_KEYWORD + 1 })
        break
      }
    }
  }
  // "Rijbewijs van mijn vader is verlopen (nummer 4446347597)": ten digits somewhere after the keyword.
  const licence = LICENCE_KEYWORD.exec(text)
  if (licence) {
    for (const match of text.slice(licence.index).matchAll(TEN_DIGITS)) {
      const start = licence.index + match.index
      out.push({ type: 'DOCUMENTNUMMER', start, end: start + 10, priority: PRIORITY.CASE_NUMBER_WITH_KEYWORD + 1 })
    }
  }
  for (const match of text.matchAll(DRIVING_LICENCE)) {
    const value = match[1]!
    const start = match.index + match[0].length - value.length
    out.push({ type: 'DOCUMENTNUMMER', start, end: start + value.length, priority: PRIORITY.CASE_NUMBER_WITH_KEYWORD + 1 })
  }
}
