import { CAPITALISED_ONLY_TUSSENVOEGSELS, POSITIONAL_TUSSENVOEGSELS, TUSSENVOEGSELS } from '../lists/tussenvoegsels.js'
import type { Token } from './tokenize.js'

export type Particle = { phrase: string; length: number; capitalised: boolean }

const compact = (word: string) => (word.includes(' ') ? word.replace(/\s/g, '') : word)
const PHRASES = TUSSENVOEGSELS.map((phrase) => ({ phrase, words: phrase.split(' ').map(compact) })).sort((a, b) => b.words.length - a.words.length)
// Looked up by their first word, longest first, because this runs for every word of every text.
const BY_FIRST_WORD = new Map<string, typeof PHRASES>()
for (const entry of PHRASES) BY_FIRST_WORD.set(entry.words[0]!, [...(BY_FIRST_WORD.get(entry.words[0]!) ?? []), entry])

/** The longest particle phrase ("van der") starting at token i; positional ones ("in de") only when allowed. */
export function particleAt(tokens: readonly Token[], i: number, allowPositional: boolean): Particle | undefined {
  const first = tokens[i]
  if (!first?.isWord) return undefined
  for (const { phrase, words } of BY_FIRST_WORD.get(compact(first.lower)) ?? []) {
    if (!allowPositional && POSITIONAL_TUSSENVOEGSELS.has(phrase)) continue
    if (!matches(tokens, i, words)) continue
    // "el", "ben": in lower case only after a form of address ("de heer el idrissi"), else they are words.
    if (CAPITALISED_ONLY_TUSSENVOEGSELS.has(phrase) && !first.isCapitalised && !allowPositional) continue
    return { phrase, length: words.length, capitalised: first.isCapitalised }
  }
  return undefined
}

function matches(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let w = 0; w < words.length; w++) {
    const token = tokens[i + w]
    if (!token || compact(token.lower) !== words[w]) return false
    if (w > 0 && !token.spaced) return false
  }
  return true
}
