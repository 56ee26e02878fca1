import { ABBREVIATIONS } from '../lists/titles.js'
import type { Token } from './tokenize.js'

const OPENERS = /^["'“”‘’(\[«»*•–-]$/
const ENDERS = /^[.!?:;]$/

/** Whether token i begins a sentence or line, where a capital letter says nothing about a name. */
export function isSentenceStart(tokens: readonly Token[], i: number): boolean {
  let k = i - 1
  while (k >= 0 && OPENERS.test(tokens[k]!.text)) k--
  if (k < 0) return true
  if (tokens[k + 1]!.newline) return true
  const previous = tokens[k]!
  if (!ENDERS.test(previous.text)) return false
  if (previous.text !== '.') return true
  // The dot of "dhr." or of an initial ends no sentence.
  const before = tokens[k - 1]
  return !(before?.isWord && previous.adjacent && (ABBREVIATIONS.has(before.lower) || /^\p{Lu}$/u.test(before.text)))
}
