import { PERSON_NOUNS } from '../lists/person-nouns.js'
import { FORMAL_TITLES, ROLE_TITLES } from '../lists/titles.js'
import { isFirstName, isKeptPlace, isLocalPlace, isNotName, isOwnFirstName, isOwnSurname, isSurname, isUnknownWord } from './lookup.js'
import { particleAt } from './particles.js'
import type { Token } from './tokenize.js'

type Item = { from: number; to: number }
type Add = (from: number, to: number) => void

// Not "&": "Vos & De Haan" is a firm's name.
const COMMA_OR_AND = /^(?:,|en|and)$/
const LAST_JOINT = /^(?:en|and)$/

/**
 * "Prins, Koning en Baas zijn de drie consulenten", "Storm, Roos en Bloem", "Hoek en Berg hebben": a list of
 * capitalised family names. Nouns are written in lower case in Dutch, so a capital after a comma or "en" says
 * "name" more than it does after a full stop; still teams and firms are named so ("Bos, Dijk en Berg: zo heten de
 * teams"), so a list needs a name found in it, or names of our own lists and something people do or are.
 */
export function nameLists(tokens: readonly Token[], names: readonly { start: number; end: number }[], add: Add): void {
  for (let i = 0; i < tokens.length; i++) {
    const items = listAt(tokens, i)
    if (!items) continue
    i = items.at(-1)!.to - 1
    const found = (item: Item) => names.some((name) => name.start <= tokens[item.from]!.start && tokens[item.to - 1]!.end <= name.end)
    const known = items.filter((item) => found(item) || ownName(tokens, item)).length
    const anyFound = items.some(found)
    const accepted = (anyFound && known >= 2) || (known === items.length && personCueAround(tokens, items))
    if (!accepted) continue
    for (const item of items) if (!found(item)) add(item.from, item.to)
  }
}

// The longest list of two or more capitalised name words starting at token i, joined by commas and a last "en".
function listAt(tokens: readonly Token[], i: number): Item[] | undefined {
  const first = itemAt(tokens, i)
  if (!first) return undefined
  // A list begins at its first item: not right after a comma or "en" that joins it to a word before.
  if (COMMA_OR_AND.test(tokens[i - 1]?.lower ?? '') && itemAt(tokens, i - 2 - (particleBefore(tokens, i - 2) ?? 0))) return undefined
  const items = [first]
  for (;;) {
    const joint = tokens[items.at(-1)!.to]
    if (!joint || !COMMA_OR_AND.test(joint.lower)) break
    const next = itemAt(tokens, items.at(-1)!.to + 1)
    if (!next || !tokens[next.from]!.spaced) break
    items.push(next)
    if (LAST_JOINT.test(joint.lower)) break
  }
  if (items.length < 2 || !LAST_JOINT.test(tokens[items.at(-1)!.from - 1]!.lower)) return undefined
  return items
}

// "de Boer", "Van Tiel", "Kuiper-Roos", "Storm": one family name, capitalised, with its particle.
function itemAt(tokens: readonly Token[], i: number): Item | undefined {
  if (i < 0) return undefined
  const particle = particleAt(tokens, i, false)
  const k = i + (particle?.length ?? 0)
  const word = tokens[k]
  if (!word?.isCapitalised || word.text.length < 2 || (particle && !word.spaced) || !nameLike(word.lower)) return undefined
  return { from: i, to: k + 1 }
}

function particleBefore(tokens: readonly Token[], k: number): number | undefined {
  for (let length = 1; length <= 3; length++) if (particleAt(tokens, k - length + 1, false)?.length === length) return length
  return undefined
}

function nameLike(lower: string): boolean {
  if (isNotName(lower) || isKeptPlace(lower) || PERSON_NOUNS.has(lower) || FORMAL_TITLES.has(lower) || ROLE_TITLES.has(lower)) return false
  if (isLocalPlace(lower) && !isOwnSurname(lower)) return false
  return isSurname(lower) || isFirstName(lower) || isUnknownWord(lower) || (lower.includes('-') && lower.split('-').every((part) => isSurname(part) || isFirstName(part)))
}

function ownName(tokens: readonly Token[], item: Item): boolean {
  const word = tokens[item.to - 1]!.lower
  return isOwnSurname(word) || isOwnFirstName(word) || (word.includes('-') && word.split('-').every((part) => isOwnSurname(part) || isOwnFirstName(part)))
}

// What people in a list do or are: "hebben", "zeggen", "zijn de drie consulenten", "met … gesproken".
const PLURAL_PERSON_VERBS: ReadonlySet<string> = new Set(
  'hebben hadden zeggen zeiden belden bellen wonen woonden werken werkten kwamen komen gaven geven spraken vertelden schreven stuurden wilden willen weten wisten vinden vonden deden doen'.split(' '),
)
const BEFORE_PEOPLE: ReadonlySet<string> = new Set(['met', 'volgens', 'namens', 'door', 'tegen', 'with'])

function personCueAround(tokens: readonly Token[], items: readonly Item[]): boolean {
  const before = tokens[items[0]!.from - 1]
  if (before && BEFORE_PEOPLE.has(before.lower)) return true
  const after = items.at(-1)!.to
  const next = tokens[after]
  if (!next) return false
  if (PLURAL_PERSON_VERBS.has(next.lower)) return true
  // "zijn de drie consulenten", "zijn broers van 13 en 11", ", de twee bewindvoerders"
  const from = next.text === ',' || /^(?:zijn|waren)$/.test(next.lower) ? after + 1 : -1
  if (from < 0) return false
  for (let k = from; k < from + 4 && tokens[k]?.isWord; k++) if (isPersonPlural(tokens[k]!.lower)) return true
  return false
}

function isPersonPlural(lower: string): boolean {
  const singular = [lower, lower.replace(/en$/, ''), lower.replace(/s$/, ''), lower.replace(/ers$/, 'er')]
  return singular.some((word) => PERSON_NOUNS.has(word) || ROLE_TITLES.has(word)) || /(?:consulenten|medewerkers|broers|zussen|zusjes|broertjes|bewindvoerders|buren|ouders|collega'?s)$/.test(lower)
}
