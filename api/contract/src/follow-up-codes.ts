/** How residents type references and follow-up codes, read the same way by the widget and the pages without scripts. */
import { FOLLOW_UP_ALPHABET, FOLLOW_UP_CODE_PATTERN, REFERENCE_PATTERN } from './vocabulary.js'

const compact = (input: string) => input.toUpperCase().replace(/[\s._\-\u2010-\u2015]/g, '')

/** `kb 7q4m x2pd`, `7Q4MX2PD` and `KB-7Q4M-X2PD` are one reference; undefined when it cannot be one. */
export function normaliseReference(input: string): string | undefined {
  const chars = compact(input)
  const body = chars.length === 10 && chars.startsWith('KB') ? chars.slice(2) : chars
  const reference = `KB-${body.slice(0, 4)}-${body.slice(4)}`
  return REFERENCE_PATTERN.test(reference) ? reference : undefined
}

/** `abcd efgh jkmn pqrs` and `ABCDEFGHJKMNPQRS` are one code; undefined when it cannot be one. */
export function normaliseFollowUpCode(input: string): string | undefined {
  const code = compact(input).match(/.{1,4}/g)?.join('-') ?? ''
  return FOLLOW_UP_CODE_PATTERN.test(code) ? code : undefined
}

/** Characters typed that no code contains, such as 0, O, 1, I and L, so the resident knows what to look at. */
export const foreignCharacters = (input: string): string[] => [...new Set(compact(input))].filter((c) => !FOLLOW_UP_ALPHABET.includes(c))
