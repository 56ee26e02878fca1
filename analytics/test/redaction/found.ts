import { findPersonalData } from '../../src/redaction/index.js'

/** The hits in `text` as [type, spanned text] pairs, which read better in a failing test than offsets. */
export function found(text: string): [string, string][] {
  return findPersonalData(text).map(({ type, start, end }) => [type, text.slice(start, end)])
}

/** Only the spanned texts of one type. */
export function foundOf(type: string, text: string): string[] {
  return found(text)
    .filter(([hitType]) => hitType === type)
    .map(([, value]) => value)
}
