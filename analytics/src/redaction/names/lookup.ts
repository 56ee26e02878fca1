import { FIRST_NAMES, WORD_LIKE_FIRST_NAMES } from '../lists/first-names.js'
import { NOT_NAMES } from '../lists/not-names.js'
import { ORGANISATIONS } from '../lists/organisations.js'
import { LOCAL_PLACES, PLACES } from '../lists/places.js'
import { STRICT_STREET_SUFFIXES } from '../lists/street-suffixes.js'
import { SURNAMES, TRADE_SURNAMES, WORD_LIKE_SURNAMES } from '../lists/surnames.js'
import { TUSSENVOEGSELS } from '../lists/tussenvoegsels.js'
import { isEnglishOnlyWord, isOrdinaryWord, isVerbForm } from '../lexicon/ordinary-word.js'
import { lexicon } from '../lexicon/lexicon.js'
import { remembered } from '../lexicon/remembered.js'
import type { Token } from './tokenize.js'

// Lists are written with their diacritics; residents often type without them ("Zoe", "Aicha").
const fold = (word: string) => (/[^\u0000-\u007f]/.test(word) ? word.normalize('NFD').replace(/\p{M}/gu, '') : word)
const foldAll = (set: ReadonlySet<string>) => new Set([...set, ...[...set].map(fold)])

const firstNames = foldAll(FIRST_NAMES)
const surnames = foldAll(SURNAMES)
const places = foldAll(PLACES)
const notNames = foldAll(new Set([...NOT_NAMES, ...ORGANISATIONS]))
const STREET_WORD = new RegExp(`\\p{L}{2,}(?:${STRICT_STREET_SUFFIXES.join('|')})$`, 'u')

// Most words are plain ASCII and fold to themselves: then one lookup is enough.
const ASCII = /^[\u0000-\u007f]*$/
const has = (set: ReadonlySet<string>, lower: string) => set.has(lower) || (!ASCII.test(lower) && set.has(fold(lower)))

// The registry lists hold particles as names of their own ("Van", "De"); a particle is never a name alone.
const PARTICLES: ReadonlySet<string> = new Set(TUSSENVOEGSELS.filter((particle) => !particle.includes(' ')))
// Countries and towns carry the dictionary's genitive flag too ("Duitsland"); a place is no person's name.
const inLexicon = (set: ReadonlySet<string>, lower: string) => !PARTICLES.has(lower) && has(set, lower) && !has(places, lower) && !lexicon().countries.has(lower)
/** A name only the registry lists know (not our own lists), which the dictionary also has as a word: "Linde", "Roos". */
export const isLexiconWordName = (lower: string) => !has(firstNames, lower) && !has(surnames, lower) && isOrdinaryWord(lower, false)
const isGivenName = (lower: string) => has(firstNames, lower) || inLexicon(lexicon().givenNames, lower)
/** A given name of our own list (not only the registry's long lists, which hold places too). */
export const isOwnFirstName = (lower: string) => has(firstNames, lower)
export const isFirstName = remembered((lower) => isGivenName(lower) || (lower.includes('-') && lower.split('-').every(isGivenName)))
// Our own lists say which of their names are also words; for names only the registry lists know, the dictionary says.
// A verb's form the registry lists as a name ("ligt") is a word too.
export const isWordLikeFirstName = remembered((lower) => WORD_LIKE_FIRST_NAMES.has(lower) || (!has(firstNames, lower) && (isOrdinaryWord(lower, false) || isVerbForm(lower))))
export const isSurname = remembered((lower) => has(surnames, lower) || inLexicon(lexicon().surnames, lower))
export const isOwnSurname = (lower: string) => has(surnames, lower)
export const isWordLikeSurname = remembered((lower) => WORD_LIKE_SURNAMES.has(lower) || (!has(surnames, lower) && (isOrdinaryWord(lower, false) || isVerbForm(lower))))
/** A village, neighbourhood or street the dictionary knows, and not one of the municipalities and countries that may stay. */
const localPlaces = foldAll(LOCAL_PLACES)
export const isLocalPlace = remembered((lower) =>
  has(localPlaces, lower) || (!has(places, lower) && (has(lexicon().places, lower) || has(lexicon().weakPlaces, lower)) && !has(lexicon().municipalities, lower)))
/** A place only the dictionary's unflagged proper nouns know, which holds brands too: it needs a place's cue. */
export const isWeakPlace = (lower: string) => !has(localPlaces, lower) && !has(lexicon().places, lower) && has(lexicon().weakPlaces, lower)
/** A village that is also a word ("made", "lent"): a place only where someone lives there. */
export const isWordPlace = (lower: string) => lexicon().wordPlaces.has(lower)
/** Municipalities, provinces and countries: a place that identifies no one, so it stays. */
export const isKeptPlace = remembered((lower) =>
  (has(places, lower) && !has(localPlaces, lower)) || lexicon().countries.has(lower) || (has(lexicon().municipalities, lower) && !has(localPlaces, lower)))
/** In a name's position, a word no list knows as ordinary is taken for a name, in any casing ("ik ben wiebren"). */
export const isUnknownWord = remembered((lower) =>
  lower.length >= 3 &&
  /^\p{L}/u.test(lower) &&
  // A listed name is ordinary only as it stands: "kwame" is no form of "kwam".
  !isOrdinaryWord(lower, !(has(firstNames, lower) || has(surnames, lower))) &&
  !has(notNames, lower) &&
  !has(places, lower) &&
  !PARTICLES.has(lower))
/** A listed name that is no ordinary word, so it is a name also in lower case or capitals ("fatma", "YILMAZ"). */
export const isCaselessName = remembered((lower) =>
  lower.length >= 3 && !lexicon().words.has(lower) && !lexicon().englishWords.has(lower) && (isFirstName(lower) || isSurname(lower)) && !isWordLikeFirstName(lower) && !isWordLikeSurname(lower) && isUnknownWord(lower))
export const isTradeSurname = (lower: string) => TRADE_SURNAMES.has(lower)
export const isPlace = (lower: string) => has(places, lower)
export const isNotName = (lower: string) => has(notNames, lower)
export const isStreetWord = (lower: string) => STREET_WORD.test(lower)

// "Land van Cuijk", "Berg en Dal": a municipality named after one of its villages.
export function inKeptPlaceName(tokens: readonly Token[], i: number): boolean {
  if (!wordsOfKeptPlaceNames().has(tokens[i]!.lower)) return false
  for (let length = 2; length <= 4; length++) {
    for (let start = Math.max(0, i - length + 1); start <= i && start + length <= tokens.length; start++) {
      const words = tokens.slice(start, start + length)
      if (words.every((word, k) => k === 0 || word.spaced) && isKeptPlace(words.map((word) => word.lower).join(' '))) return true
    }
  }
  return false
}


let keptPlaceWords: Set<string> | undefined
// Asked for every capitalised word, so first: does this word occur in any kept name of more than one word?
function wordsOfKeptPlaceNames(): ReadonlySet<string> {
  keptPlaceWords ??= new Set([...places, ...lexicon().municipalities].filter((name) => name.includes(' ')).flatMap((name) => name.split(' ').flatMap((word) => [word, fold(word)])))
  return keptPlaceWords
}

let phraseStarts: Set<string> | undefined
/** Whether a word starts a multi-word village or district name ("sas" of "Sas van Gent"). */
export function startsLocalPlacePhrase(lower: string): boolean {
  phraseStarts ??= new Set([...lexicon().places, ...lexicon().weakPlaces].filter((name) => name.includes(' ')).map((name) => name.split(' ')[0]!))
  return phraseStarts.has(lower) || phraseStarts.has(fold(lower))
}

// "Raadhuis", "Wmo-besluit", "Gennep-Noord": ordinary words or places joined, not a name.
// Asked of many words of every text and a loop of lookups each: remembered like the word classes above.
export const isCompound = remembered(compound)

function compound(lower: string): boolean {
  if (lower.includes('-')) return lower.split('-').some((part) => isOrdinaryWord(part) || isKeptPlace(part) || isNotName(part))
  for (let cut = 3; cut <= lower.length - 3; cut++) {
    const head = lower.slice(0, cut)
    const tail = lower.slice(cut)
    // "Sitaldin" is no "sit" + "aldin" (a form of "Aldi"): an English head or a short inflected tail makes no compound.
    const dutchHead = isOrdinaryWord(head) && !isEnglishOnlyWord(head)
    const wordTail = (part: string) => isOrdinaryWord(part, false) || (part.length >= 5 && isOrdinaryWord(part))
    // "Velzen" is no "vel" + "zen", "Tigist" no "tig" + "ist": two short words make a compound only when both are common.
    const short = lower.length <= 6 && !(lexicon().topWords.has(head) && lexicon().topWords.has(tail))
    if (dutchHead && !short && (wordTail(tail) || (tail.startsWith('s') && wordTail(tail.slice(1))))) return true
  }
  return false
}
