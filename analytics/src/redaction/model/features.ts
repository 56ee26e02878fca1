import { PERSONAL_DATA_TYPES, type PersonalDataHit } from '@klankbord/contract'
import { isOrdinaryWord } from '../lexicon/ordinary-word.js'
import { lexicon } from '../lexicon/lexicon.js'
import { NUMBER_WORDS } from '../detectors/number-words.js'
import { PERSON_NOUNS } from '../lists/person-nouns.js'
import { PLACE_CUES } from '../lists/place-cues.js'
import { FORMAL_TITLES, ROLE_TITLES } from '../lists/titles.js'
import { isCaselessName, isCompound, isFirstName, isKeptPlace, isLocalPlace, isNotName, isOwnFirstName, isOwnSurname, isSurname, isUnknownWord, isWeakPlace, isWordLikeFirstName, isWordLikeSurname, isWordPlace } from '../names/lookup.js'
import { particleAt } from '../names/particles.js'
import { isSentenceStart } from '../names/sentence-start.js'
import type { Token } from '../names/tokenize.js'
import { hashString, mix } from './hashing.js'

const NUMBER_WORD = new RegExp(`^${NUMBER_WORDS}$`, 'iu')

// What the word lists say of a word, as bits: the model learns how much each says, alone and beside the others.
const WORD_FLAGS: readonly ((lower: string) => boolean)[] = [
  isFirstName,
  isOwnFirstName,
  isWordLikeFirstName,
  isSurname,
  isOwnSurname,
  isWordLikeSurname,
  (lower) => isOrdinaryWord(lower),
  isUnknownWord,
  isLocalPlace,
  isWeakPlace,
  isKeptPlace,
  isNotName,
  isCompound,
  (lower) => PERSON_NOUNS.has(lower),
  (lower) => NUMBER_WORD.test(lower),
  (lower) => lexicon().topWords.has(lower),
  (lower) => PLACE_CUES.has(lower),
  (lower) => FORMAL_TITLES.has(lower) || ROLE_TITLES.has(lower),
  (lower) => lexicon().englishWords.has(lower),
  isCaselessName,
  isWordPlace,
]
const flagCache = new Map<string, number>()
function flagsOf(lower: string): number {
  let bits = flagCache.get(lower)
  if (bits === undefined) {
    bits = WORD_FLAGS.reduce((all, test, bit) => (test(lower) ? all | (1 << bit) : all), 0)
    // Bounded like the word classes: a long-running server sees many words once.
    if (flagCache.size > 200_000) flagCache.clear()
    flagCache.set(lower, bits)
  }
  return bits
}
const FLAG_COUNT = WORD_FLAGS.length
// Bits of the token itself, not of the word: its position and its neighbourhood.
const SENTENCE_START = FLAG_COUNT
const PARTICLE = FLAG_COUNT + 1

/** A text's tokens as numbers: word hashes, shapes, list flags and the rules' labels, computed once per text. */
export type TokenTable = {
  length: number
  word: Uint32Array
  suffix: Uint32Array
  shape: Uint8Array
  flags: Uint32Array
  rule: Uint8Array
}

const SHAPE = { punctuation: 0, lower: 1, capitalised: 2, capitals: 3, age: 4, number: 5, other: 6 } as const

export function tokenTable(tokens: readonly Token[], hits: readonly PersonalDataHit[]): TokenTable {
  const length = tokens.length
  const table: TokenTable = { length, word: new Uint32Array(length), suffix: new Uint32Array(length), shape: new Uint8Array(length), flags: new Uint32Array(length), rule: new Uint8Array(length) }
  let hit = 0
  for (let i = 0; i < length; i++) {
    const token = tokens[i]!
    const lower = token.lower
    if (token.isWord) {
      table.word[i] = hashString(lower)
      table.suffix[i] = lower.length >= 4 ? hashString(lower.slice(-3)) : 0
      table.shape[i] = token.isAllCaps ? SHAPE.capitals : token.isCapitalised ? SHAPE.capitalised : /^\p{Ll}/u.test(token.text) ? SHAPE.lower : SHAPE.other
      let flags = flagsOf(lower)
      if (isSentenceStart(tokens, i)) flags |= 1 << SENTENCE_START
      if (particleAt(tokens, i, true)) flags |= 1 << PARTICLE
      table.flags[i] = flags
    } else if (/^\d+$/.test(token.text)) {
      const small = token.text.length <= 3 && Number(token.text) <= 120
      table.word[i] = hashString(small ? `#${token.text.length}` : `#long${Math.min(token.text.length, 9)}`)
      table.shape[i] = small ? SHAPE.age : SHAPE.number
    } else {
      table.word[i] = hashString(token.text)
      table.shape[i] = SHAPE.punctuation
    }
    while (hit < hits.length && hits[hit]!.end <= token.start) hit++
    const covering = hits[hit]
    if (covering && covering.start <= token.start && token.end <= covering.end) table.rule[i] = PERSONAL_DATA_TYPES.indexOf(covering.type) + 1
  }
  return table
}

// Template numbers: each kind of feature hashes into its own space.
const enum T {
  Bias = 1, Word, WordBefore, WordAfter, WordBefore2, WordAfter2, Suffix, Shape, ShapeBefore, ShapeAfter, ShapePair, ShapeAndWordBefore,
  Rule, RuleBefore, RuleAfter, Previous, PreviousAndShape, WordAndAfter, Flag = 64, FlagBefore = 128, FlagAfter = 192,
}
const OUTSIDE = 0xffffffff

/** Writes the features of token i into `out` (the previous token's predicted label is one of them); returns how many. */
export function tokenFeatures(table: TokenTable, i: number, previous: number, out: Uint32Array): number {
  const at = (k: number, values: Uint32Array | Uint8Array): number => (k >= 0 && k < table.length ? values[k]! : OUTSIDE)
  let n = 0
  const shape = table.shape[i]!
  out[n++] = mix(T.Bias, 0)
  out[n++] = mix(T.Word, table.word[i]!)
  out[n++] = mix(T.WordBefore, at(i - 1, table.word))
  out[n++] = mix(T.WordAfter, at(i + 1, table.word))
  out[n++] = mix(T.WordBefore2, at(i - 2, table.word))
  out[n++] = mix(T.WordAfter2, at(i + 2, table.word))
  out[n++] = mix(T.Suffix, table.suffix[i]!)
  out[n++] = mix(T.Shape, shape)
  out[n++] = mix(T.ShapeBefore, at(i - 1, table.shape))
  out[n++] = mix(T.ShapeAfter, at(i + 1, table.shape))
  out[n++] = mix(T.ShapePair, shape * 256 + (at(i - 1, table.shape) & 0xff))
  out[n++] = mix(T.ShapeAndWordBefore, Math.imul(at(i - 1, table.word), 31) ^ shape)
  out[n++] = mix(T.Rule, table.rule[i]!)
  out[n++] = mix(T.RuleBefore, at(i - 1, table.rule))
  out[n++] = mix(T.RuleAfter, at(i + 1, table.rule))
  out[n++] = mix(T.Previous, previous)
  out[n++] = mix(T.PreviousAndShape, previous * 256 + shape)
  out[n++] = mix(T.WordAndAfter, Math.imul(table.word[i]!, 31) ^ at(i + 1, table.word))
  n = addFlags(table.flags[i]!, T.Flag, out, n)
  if (i > 0) n = addFlags(table.flags[i - 1]!, T.FlagBefore, out, n)
  if (i + 1 < table.length) n = addFlags(table.flags[i + 1]!, T.FlagAfter, out, n)
  return n
}

function addFlags(flags: number, template: number, out: Uint32Array, n: number): number {
  for (let bits = flags, bit = 0; bits !== 0; bits >>>= 1, bit++) if (bits & 1) out[n++] = mix(template + bit, 1)
  return n
}

/** Room for every feature of one token. */
export const MAX_FEATURES = 24 + 3 * (FLAG_COUNT + 2)
