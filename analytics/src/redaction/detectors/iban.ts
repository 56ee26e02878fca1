import { PRIORITY, type Candidate } from '../candidate.js'
import { IBAN_LENGTHS, isValidIban } from '../checksums/iban.js'

const IBAN_START = /(?<![\p{L}\p{N}])[A-Z]{2} ?\d{2}(?=\s?[A-Z0-9])/giu
const KEYWORD_BEFORE = /(?:iban|rekening(?:nummer)?|rek\.?\s?nr\.?|bankrekening(?:nummer)?|account(?: number)?)\s*(?:nummer|nr\.?)?\s*(?:is|:)?\s*$/i

/**
 * Finds IBANs written compact or in groups of four. The country's registered length says where the IBAN
 * ends, so a following word is never swallowed. A Dutch-shaped IBAN failing mod-97 still counts when a
 * keyword such as "rekeningnummer" precedes it: a typo does not make it less personal.
 */
export function detectIbans(text: string, out: Candidate[]): void {
  for (const match of text.matchAll(IBAN_START)) {
    const start = match.index
    const country = match[0].slice(0, 2).toUpperCase()
    const length = IBAN_LENGTHS[country]
    const end = length === undefined ? undefined : scanIban(text, start, length)
    if (end === undefined) continue
    const value = text.slice(start, end)
    const keyword = KEYWORD_BEFORE.test(text.slice(Math.max(0, start - 40), start))
    if (isValidIban(value) || (keyword && country === 'NL')) {
      out.push({ type: 'IBAN', start, end, priority: PRIORITY.IBAN })
    }
  }
}

/** Reads `length` alphanumerics from `start`, allowing single spaces between them; returns the end offset. */
function scanIban(text: string, start: number, length: number): number | undefined {
  let count = 0
  let i = start
  while (i < text.length && count < length) {
    const char = text[i]!
    if (/[A-Za-z0-9]/.test(char)) {
      count++
      i++
    } else if (char === ' ' && (count >= 4 || count === 2) && /[A-Za-z0-9]/.test(text[i + 1] ?? '')) {
      i++
    } else {
      break
    }
  }
  if (count !== length) return undefined
  if (/[\p{L}\p{N}]/u.test(text[i] ?? '')) return undefined
  return i
}
