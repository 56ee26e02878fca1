/**
 * What counts as a phone number or an e-mail address, for the contract's schemas; the widget checks with those
 * same schemas, so what the form accepts, the API accepts.
 */

/** The shape of an e-mail address: a local part, an @ and a domain with a top-level domain of two letters or more. */
export const EMAIL_PATTERN = /^(?!\.)(?!.*\.\.)[A-Za-z0-9_'+.-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/

export const isEmailAddress = (value: string): boolean => EMAIL_PATTERN.test(value.trim())

// Digits with spaces, dashes or dots between them, and an area code or "(0)" in brackets as people write them:
// "06 12345678", "(020) 123 4567", "+31 (0)6 1234 5678", "0031-6-12345678", "06.12.34.56.78".
const LAYOUT = /^(?:\+|00)?(?:\d|\(\d{1,4}\))(?:[\s.-]?(?:\d|\(\d{1,4}\)))*$/

/**
 * Dutch numbers have ten digits from the leading 0 (06, or an area code of two to four digits); +31 or 0031
 * replace the 0, with "(0)" allowed after them. Other countries: + or 00 with 7 to 15 digits (E.164).
 */
export function isPhoneNumber(raw: string): boolean {
  const value = raw.trim()
  if (!LAYOUT.test(value)) return false
  const international = value.startsWith('+') || value.startsWith('00')
  const digits = value.replace(/\D/g, '').replace(/^00/, '')
  if (!international) return /^0[1-9]\d{8}$/.test(digits) && !/\(/.test(value.replace(/^\(0\d{1,3}\)/, ''))
  if (digits.startsWith('31')) return /^31(?:0)?[1-9]\d{8}$/.test(digits) && (digits.length === 11 || /\(0\)/.test(value))
  return /^[1-9]\d{6,14}$/.test(digits) && !value.includes('(')
}
