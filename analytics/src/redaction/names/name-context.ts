import type { PersonalDataHit } from '@klankbord/contract'
import { PRIORITY, type Candidate } from '../candidate.js'
import { PERSON_NOUNS } from '../lists/person-nouns.js'
import { ABBREVIATIONS, FORMAL_TITLES, ROLE_TITLES } from '../lists/titles.js'
import { inKeptPlaceName, isFirstName, isKeptPlace, isLocalPlace, isNotName, isSurname, isUnknownWord, isWeakPlace } from './lookup.js'
import { PLACE_CUES } from '../lists/place-cues.js'
import { nameLists } from './name-lists.js'
import { particleAt } from './particles.js'
import { tokenize, type Token } from './tokenize.js'

/**
 * Names known only from the names already found: "Joy en haar broertje Levi", "tim en lotte", "JAN DE VRIES"
 * (a given name before a found surname), and a name that signs a message at its end ("… wat nu. naima").
 */
export function namesFromContext(text: string, hits: readonly PersonalDataHit[]): Candidate[] {
  if (!/\p{L}/u.test(text)) return []
  const tokens = tokenize(text)
  const found: Candidate[] = []
  const add = (from: number, to: number) => found.push({ type: 'NAAM', start: tokens[from]!.start, end: tokens[to - 1]!.end, priority: PRIORITY.NAAM })
  const names = hits.filter((hit) => hit.type === 'NAAM')
  for (const hit of names) {
    const first = tokens.findIndex((token) => token.start === hit.start)
    const last = tokens.findIndex((token) => token.end === hit.end)
    if (first < 0 || last < 0) continue
    surnameAfter(tokens, first, last, add)
    listedAfter(tokens, last, add)
    listedBefore(tokens, first, add)
    givenNameBefore(tokens, first, last, add)
    initialsAfterComma(tokens, first, last, add)
  }
  signature(tokens, add)
  nameLists(tokens, names, add)
  sameNameAgain(tokens, [...names, ...found], add)
  return found
}

type Add = (from: number, to: number) => void
const LIST_WORDS = new Set(['en', 'of', ',', '&', 'and', 'or'])

// A word in a list of names that is a name by itself: listed, or a capitalised word no list knows.
function isListedName(token: Token | undefined, casing: Token): token is Token {
  if (!token?.isWord || token.text.length < 2 || isNotName(token.lower) || isKeptPlace(token.lower) || PERSON_NOUNS.has(token.lower)) return false
  // A word only the dictionary's unflagged proper nouns hold as a place ("Tsjitske") may be a name beside a name.
  if (isLocalPlace(token.lower) && !isWeakPlace(token.lower)) return false
  if (FORMAL_TITLES.has(token.lower) || ROLE_TITLES.has(token.lower)) return false
  const sameCasing = token.isCapitalised === casing.isCapitalised && token.isAllCaps === casing.isAllCaps
  if (!sameCasing) return false
  return isFirstName(token.lower) || (token.isCapitalised && isUnknownWord(token.lower))
}

// "Sanne en Joris", "tim en lotte", "Ahmed, Fatima": the next name in the list.
function listedAfter(tokens: readonly Token[], last: number, add: Add): void {
  // "A. en M.", "door T. en R.": after an initial that names someone, the next initial in the list does too.
  const initial = (k: number) => /^\p{Lu}$/u.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === '.' && tokens[k + 1]!.adjacent
  if (initial(last) && LIST_WORDS.has(tokens[last + 2]?.lower ?? '') && initial(last + 3)) return add(last + 3, last + 4)
  const joint = tokens[last + 1]
  const candidate = tokens[last + 2]
  if (!joint || !LIST_WORDS.has(joint.lower) || !candidate?.spaced) return
  if (!isListedName(candidate, tokens[last]!)) return
  // "Sanne en Joris de Vries": the surname goes with the name.
  let end = last + 3
  const particle = particleAt(tokens, end, false)
  const surname = tokens[end + (particle?.length ?? 0)]
  const casing = tokens[last]!
  if (surname?.spaced && surname.isCapitalised === casing.isCapitalised && surname.isAllCaps === casing.isAllCaps && isSurname(surname.lower) && !isNotName(surname.lower)) end += (particle?.length ?? 0) + 1
  add(last + 2, end)
}

// "hennie groen", "ab de haan": in lower case a listed family name right after a found given name is its surname,
// even when it is also a word.
function surnameAfter(tokens: readonly Token[], first: number, last: number, add: Add): void {
  const given = tokens[last]!
  if (given.isCapitalised || given.isAllCaps || !isFirstName(given.lower)) return
  let k = last + 1
  const particle = particleAt(tokens, k, true)
  if (particle) k += particle.length
  const surname = tokens[k]
  if (!surname?.spaced || surname.isCapitalised || surname.isAllCaps || !isSurname(surname.lower) || isNotName(surname.lower)) return
  add(first, k + 1)
}

// "Joy en haar broertje Levi": the name before the list word.
function listedBefore(tokens: readonly Token[], first: number, add: Add): void {
  const joint = tokens[first - 1]
  const candidate = tokens[first - 2]
  if (!joint || !LIST_WORDS.has(joint.lower) || !tokens[first]!.spaced) return
  if (!isListedName(candidate, tokens[first]!)) return
  add(first - 2, first - 1)
}

// "JAN DE VRIES", "Kees Mulder": a given name right before a found surname belongs to it.
function givenNameBefore(tokens: readonly Token[], first: number, last: number, add: Add): void {
  const before = tokens[first - 1]
  if (!before?.isWord || !tokens[first]!.spaced || !isFirstName(before.lower) || isNotName(before.lower) || PERSON_NOUNS.has(before.lower)) return
  if (before.isAllCaps !== tokens[first]!.isAllCaps) return
  add(first - 1, last + 1)
}

// "JANSEN, P.", "Bakker, J.M.", "El Idrissi, Y.": a register's "surname, initials" is one name.
function initialsAfterComma(tokens: readonly Token[], first: number, last: number, add: Add): void {
  if (tokens[last + 1]?.text !== ',' || !tokens[last + 1]!.adjacent) return
  let k = last + 2
  if (!tokens[k]?.spaced) return
  let initials = 0
  while (/^\p{Lu}$/u.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === '.' && tokens[k + 1]!.adjacent && (initials === 0 || tokens[k]!.adjacent)) {
    k += 2
    initials++
  }
  if (initials > 0) add(first, k - 1)
}

// "Bos zegt dat … Bos is toch maar een uitzendkracht": a name found once names the same person where it recurs,
// written the same way, also where nothing else says so.
function sameNameAgain(tokens: readonly Token[], names: readonly { start: number; end: number }[], add: Add): void {
  const words = new Set<string>()
  for (const name of names) {
    for (const token of tokens) {
      if (token.start >= name.start && token.end <= name.end && token.isWord && token.text.length >= 3 && !isNotName(token.lower) && !PARTICLE_WORDS.has(token.lower)) words.add(token.text)
    }
  }
  if (words.size === 0) return
  tokens.forEach((token, i) => {
    if (!words.has(token.text) || names.some((name) => name.start <= token.start && token.end <= name.end)) return
    // "Mevr. Haarlem woont in Haarlem", "de winter is begonnen": a place or a thing where the word means one.
    const previous = tokens[i - 1]?.lower ?? ''
    if (isKeptPlace(token.lower) || inKeptPlaceName(tokens, i) || PLACE_CUES.has(previous) || /^(?:de|het|een|die|deze|dit|dat|den)$/.test(previous)) return
    add(i, i + 1)
  })
}
const PARTICLE_WORDS: ReadonlySet<string> = new Set(['van', 'der', 'den', 'de', 'het', 'ter', 'ten', 'op', 'in', "'t"])

const SENTENCE_END = new Set(['.', '!', '?', '\n'])
const SIGN_OFF_WORDS: ReadonlySet<string> = new Set(['xx', 'xxx', 'x', 'doei', 'dag', 'groet', 'groeten', 'groetjes', 'gr', 'grt', 'mvg', 'vriendelijke', 'hartelijke', 'met', 'liefs', 'kusjes', 'thanks', 'regards', 'cheers', 'love'])

/**
 * "… wat nu. naima", "… groet henk boer", "… RAMA AL-HASSAN": one to three name words closing a message, after the
 * last sentence, sign it. The first must be a listed name or a word no list knows.
 */
function signature(tokens: readonly Token[], add: Add): void {
  let end = tokens.length
  // A phone number or a full stop after the name: "said 06-1948 2730", "mirjam."
  while (end > 0 && !tokens[end - 1]!.isWord && end > tokens.length - 6) end--
  let start = end
  while (start > 0 && end - start < 3 && tokens[start - 1]!.isWord && (start === end || tokens[start]!.spaced || tokens[start]!.newline)) start--
  if (start === end || start === 0) return
  const before = tokens[start - 1]!
  if (!SENTENCE_END.has(before.text) && !tokens[start]!.newline && before.text !== ',') return
  // "Mrs. Jansen said": the dot of an abbreviation ends no sentence.
  if (before.text === '.' && ABBREVIATIONS.has(tokens[start - 2]?.lower ?? '')) return
  // "groet henk boer": the closing before the name is no part of it.
  while (start < end - 1 && SIGN_OFF_WORDS.has(tokens[start]!.lower)) start++
  const head = tokens[start]!
  if (isNotName(head.lower) || PERSON_NOUNS.has(head.lower) || isKeptPlace(head.lower) || isLocalPlace(head.lower)) return
  // A word no list knows signs only when capitalised; in lower case it is more often a word we lack ("nachtopvang").
  if (!(isFirstName(head.lower) || isSurname(head.lower) || (head.isCapitalised && isUnknownWord(head.lower)))) return
  // A question closes a message, a name does not: "… in geleen? nachtopvang?"
  if (tokens.at(-1)?.text === '?') return
  let nameEnd = start + 1
  while (nameEnd < end) {
    const word = tokens[nameEnd]!
    const particle = particleAt(tokens, nameEnd, true)
    if (particle) nameEnd += particle.length
    const next = tokens[nameEnd]
    if (!next || nameEnd >= end || isNotName(next.lower) || isLocalPlace(next.lower) || isKeptPlace(next.lower)) break
    if (!(isSurname(next.lower) || isFirstName(next.lower) || isUnknownWord(next.lower) || word.text.includes('-'))) break
    nameEnd++
  }
  // A place may close the signature ("TRUUS VISSER BENNEKOM"); any other word means it was a sentence.
  const rest = tokens.slice(nameEnd, end)
  if (rest.length > 1 || (rest.length === 1 && !isLocalPlace(rest[0]!.lower) && !isKeptPlace(rest[0]!.lower))) return
  add(start, nameEnd)
}
