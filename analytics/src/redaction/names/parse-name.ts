import { lexicon } from '../lexicon/lexicon.js'
import { isVerbForm } from '../lexicon/ordinary-word.js'
import { isCompound, isFirstName, isKeptPlace, isLocalPlace, isNotName, isOwnSurname, isPlace, isStreetWord, isSurname, isUnknownWord, isWordLikeFirstName } from './lookup.js'
import { FORMAL_TITLES } from '../lists/titles.js'
import { STRONG_TUSSENVOEGSELS } from '../lists/tussenvoegsels.js'
import { particleAt } from './particles.js'
import type { Token } from './tokenize.js'

/**
 * How much a name needs to look like one: `strict` capitalised words only; `role` after "zoon" or "consulent",
 * also a listed first name in lower case; `title` after "mevrouw" or "dr", also listed names in lower case,
 * capitals ("dr ABC") and place-like surnames ("meneer Gennep"); `listed` after "ik ben", only a listed first
 * name in any case ("ik ben karim", but not "ik ben Nederlander").
 */
export type NameMode = 'strict' | 'role' | 'title' | 'listed'

const INITIAL = /^(?:\p{Lu}|Th|Chr|Joh|Ph|Fr|Wm|Jac|Corn|Hub|Jos|Ant|Gerh|Hendr|Wil)$/u
const D_APOSTROPHE = /^[dD]['’]\p{Lu}/u
const HYPHEN_PARTICLE = /-(?:van|de|der|den|ter|ten|v\/d)$/
// After these particles a capitalised word is a family name even when it is also a word ("van der Meer", "van
// den Berg"); "van de" and "van het" also start organisations ("van de Voedselbank"), so they are not here.
const SURNAME_ONLY_PARTICLES: ReadonlySet<string> = new Set(['van der', 'van den', 'v/d', 'v.d.', 'vd', 'van ter', 'ter', 'ten', 'van de la', 'de la'])
// Months that are given names too: after "mijn dochter" or "consulent" a capitalised "Mei" or "April" is a person.
const MONTH_GIVEN_NAMES: ReadonlySet<string> = new Set(['mei', 'april', 'juni', 'augustus', 'june', 'may'])

// Not among the most frequent words, no English word ("name") and no verb form ("ligt" of "liggen").
const isRareWord = (lower: string) => !lexicon().topWords.has(lower) && !lexicon().englishWords.has(lower) && !isVerbForm(lower)

// Words that never name a person, whatever the lists say.
const CLOSED_WORDS: ReadonlySet<string> = new Set('de het een en of maar is was dat die deze dit ook nog niet wel er hier daar van in op aan met voor bij naar uit om te zo al nu dan the and or to of in on at is'.split(' '))

export function isNameWord(token: Token | undefined, mode: NameMode): boolean {
  if (!token?.isWord || token.text.length < 2) return false
  const lower = token.lower
  if ((mode === 'role' || mode === 'title') && token.isCapitalised && MONTH_GIVEN_NAMES.has(lower)) return true
  // "mijn dochter Lieve", "tante Door": after a relative a capitalised given name, also one that is a word we keep.
  if (mode === 'role' && token.isCapitalised && isFirstName(lower) && isNotName(lower) && !CLOSED_WORDS.has(lower)) return true
  if (isNotName(lower) || FORMAL_TITLES.has(lower) || isStreetWord(lower)) return false
  if (D_APOSTROPHE.test(token.text)) return true
  // After a cue ("ik ben", "mijn zoon", "mevrouw") a word that is no ordinary word is a name in any casing.
  // "mijn dochter ligt": a verb's form is no name, even where the registry lists one like it.
  const cued = mode !== 'strict' && isUnknownWord(lower) && !isVerbForm(lower)
  if (mode === 'listed') return (isFirstName(lower) && !isWordLikeFirstName(lower)) || cued
  if (token.isCapitalised) return mode === 'title' || !isPlace(lower) || isSurname(lower)
  if (token.isAllCaps) return mode === 'title' || cued || (lower.length >= 3 && (isSurname(lower) || isFirstName(lower)))
  // "meneer wilde niet": a verb's form after a form of address goes on the sentence.
  if (mode === 'title') return !isVerbForm(lower) && (isSurname(lower) || (isFirstName(lower) && !isWordLikeFirstName(lower)) || cued)
  // "mijn vrouw riet", "stiefvader mark": after a relative a listed given name, even one that is a word, unless it
  // is one of the words that carry a sentence on ("mijn zoon wil", "mijn man kan").
  if (mode === 'role') return (isFirstName(lower) && (!isWordLikeFirstName(lower) || isRareWord(lower))) || cued
  return false
}

/** "J." or "Th." (with its dot), the token index after it, or -1. */
export function initialEnd(tokens: readonly Token[], i: number): number {
  const token = tokens[i]
  const dot = tokens[i + 1]
  if (!token?.isWord || !INITIAL.test(token.text)) return -1
  return dot?.text === '.' && dot.adjacent ? i + 2 : -1
}

/**
 * A surname or given name at i, with a particle before it ("van der Berg") or a hyphen ("Jansen-de Vries").
 * After a lone lower-case "van" or "de" an unlisted word is more often an organisation ("Marieke van
 * Zorggroep Noord") than a surname, unless a title or initials came first.
 */
export function surnameEnd(tokens: readonly Token[], i: number, mode: NameMode, trusted = mode === 'title', afterGivenName = false): number {
  const particle = particleAt(tokens, i, mode === 'title')
  if (particle) {
    const k = i + particle.length
    const next = tokens[k]
    // "moeder van tim": in lower-case text "van" before a given name says whose mother, not which family.
    // "moeder van Liam": after a relative "van" says whose, also before a capitalised given name.
    const givenNameAfterPreposition =
      !particle.capitalised && next !== undefined && (!next.isCapitalised || (mode === 'role' && particle.phrase === 'van')) && isFirstName(next.lower) && !isOwnSurname(next.lower)
    const plausible = !givenNameAfterPreposition && (trusted || particle.capitalised || STRONG_TUSSENVOEGSELS.has(particle.phrase) || (next !== undefined && isSurname(next.lower)))
    // "Karin van Gennep", "mevrouw Van Boxmeer": after a given name or a title a place after a particle is a surname.
    // "consulent Van Tilburg": a capitalised particle after a role starts a family name, not a place.
    const placeSurname = (trusted || afterGivenName || (mode === 'role' && particle.capitalised)) && next?.isCapitalised === true && isPlace(next.lower) && !isNotName(next.lower)
    // "Marieke van Wijk": after a given name and a particle, a listed family name that is also a word.
    const wordSurname =
      next?.isCapitalised === true && next.text.length > 2 && !FORMAL_TITLES.has(next.lower) && (SURNAME_ONLY_PARTICLES.has(particle.phrase) || (afterGivenName && isSurname(next.lower)))
    // "Marloes de Feijter", "Noortje van Velzen": after a given name and a particle a capitalised word no list
    // knows, or a place, is the family name; an organisation's name is a word or compound we know ("van Zorgbalans").
    const unknownSurname =
      afterGivenName && next?.isCapitalised === true && next.text.length > 2 && !isNotName(next.lower) && (isLocalPlace(next.lower) || isKeptPlace(next.lower) || (isUnknownWord(next.lower) && !isCompound(next.lower)))
    if (next?.spaced && ((plausible && (isNameWord(next, mode) || (mode === 'title' && isSurname(next.lower)))) || placeSurname || wordSurname || unknownSurname)) return hyphenEnd(tokens, k, mode)
  }
  // "Karin Gennep": right after a given name a place is a surname too.
  const token = tokens[i]
  const placeSurname = afterGivenName && token?.isCapitalised === true && isPlace(token.lower) && !isNotName(token.lower)
  return isNameWord(token, mode) || placeSurname ? hyphenEnd(tokens, i, mode) : -1
}

function hyphenEnd(tokens: readonly Token[], k: number, mode: NameMode): number {
  if (HYPHEN_PARTICLE.test(tokens[k]!.lower) && tokens[k + 1]?.spaced) {
    const end = surnameEnd(tokens, k + 1, mode)
    if (end > 0) return end
  }
  return k + 1
}

/**
 * Initials, given names, particles and surnames from token i ("J.P. Jansen", "Erik de Vries",
 * "Pieter Oude Nijhuis"); returns the token index after the name, or -1.
 */
export function fullNameEnd(tokens: readonly Token[], i: number, mode: NameMode): { end: number; words: number } {
  let end = i
  let initials = 0
  while (initials < 6) {
    const k = initialEnd(tokens, end)
    if (k < 0 || (end > i && !tokens[end]!.spaced && !tokens[end]!.adjacent)) break
    end = k
    initials++
  }
  let words = 0
  while (words < 4) {
    const token = tokens[end]
    if (!token || (end > i && !token.spaced && !(initials > 0 && words === 0 && token.adjacent))) break
    // After a capitalised first word the rest must be capitalised too: "Mrs. Jansen said" ends at "Jansen".
    const partMode = words === 0 || (mode === 'title' && !tokens[i + initials * 2]?.isCapitalised) ? mode : 'strict'
    const afterGivenName = words > 0 && isFirstName(tokens[end - 1]!.lower) && !isWordLikeFirstName(tokens[end - 1]!.lower)
    const k = surnameEnd(tokens, end, partMode, mode === 'title' || (initials > 0 && words === 0), afterGivenName)
    if (k < 0) break
    end = k
    words++
  }
  if (words === 0 && !(mode === 'title' && initials > 0)) return { end: -1, words: 0 }
  return { end, words }
}
