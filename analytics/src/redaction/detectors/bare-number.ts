import { PRIORITY, type Candidate } from '../candidate.js'

// A run of 6 to 14 digits on its own: a client, dossier or customer number even without a keyword. Amounts
// ("€ 125000", "125000 euro"), numbers inside others ("1.250.000", "12,345678") and counts with a unit stay.
const DIGITS = /(?<![\p{L}\p{N}€$£.,:/+-]|€\s|[.,]\d)\d{6,14}(?![\p{L}\p{N}]|[.,/-]\p{N})/gu
const UNIT_AFTER = /^\s*(?:euro|eur|€|,-|cent|procent|%|km|kilometer|meter|m2|m²|kilo|kg|inwoners|mensen|huishoudens|keer|x)(?![\p{L}])/iu
const AMOUNT_BEFORE = /(?:€|eur|euro|bedrag|totaal|saldo|schuld|schulden|ca\.|circa|ongeveer)\s*:?\s*$/iu

/** Bare numbers of 6 to 14 digits, which in residents' texts are nearly always a number that points at someone. */
export function detectBareNumbers(text: string, out: Candidate[]): void {
  if (!/\d{6}/.test(text)) return
  for (const match of text.matchAll(DIGITS)) {
    const start = match.index
    const end = start + match[0].length
    if (UNIT_AFTER.test(text.slice(end, end + 14)) || AMOUNT_BEFORE.test(text.slice(Math.max(0, start - 16), start))) continue
    out.push({ type: 'DOSSIERNUMMER', start, end, priority: PRIORITY.BARE_NUMBER })
  }
}
