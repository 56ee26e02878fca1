import { FIRST_NAMES, WORD_LIKE_FIRST_NAMES } from '../lists/first-names.js'
import { NOT_NAMES } from '../lists/not-names.js'
import { PLACES } from '../lists/places.js'
import { STRICT_STREET_SUFFIXES } from '../lists/street-suffixes.js'
import { SURNAMES, TRADE_SURNAMES, WORD_LIKE_SURNAMES } from '../lists/surnames.js'

// Lists are written with their diacritics; residents often type without them ("Zoe", "Aicha").
const fold = (word: string) => (/[^\u0000-\u007f]/.test(word) ? word.normalize('NFD').replace(/\p{M}/gu, '') : word)
const foldAll = (set: ReadonlySet<string>) => new Set([...set, ...[...set].map(fold)])

const firstNames = foldAll(FIRST_NAMES)
const surnames = foldAll(SURNAMES)
const places = foldAll(PLACES)
const notNames = foldAll(NOT_NAMES)
const STREET_WORD = new RegExp(`\\p{L}{2,}(?:${STRICT_STREET_SUFFIXES.join('|')})$`, 'u')

const has = (set: ReadonlySet<string>, lower: string) => set.has(lower) || set.has(fold(lower))

export const isFirstName = (lower: string) => has(firstNames, lower) || (lower.includes('-') && lower.split('-').every((part) => has(firstNames, part)))
export const isWordLikeFirstName = (lower: string) => WORD_LIKE_FIRST_NAMES.has(lower)
export const isSurname = (lower: string) => has(surnames, lower)
export const isWordLikeSurname = (lower: string) => WORD_LIKE_SURNAMES.has(lower)
export const isTradeSurname = (lower: string) => TRADE_SURNAMES.has(lower)
export const isPlace = (lower: string) => has(places, lower)
export const isNotName = (lower: string) => has(notNames, lower)
export const isStreetWord = (lower: string) => STREET_WORD.test(lower)
