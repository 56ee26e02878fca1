import { PRIORITY, type Candidate } from '../candidate.js'
import { PERSON_NOUNS } from '../lists/person-nouns.js'
import { isFirstName } from '../names/lookup.js'

const NUMBER = '\\d{1,3}(?:[,.]5)?(?:\\s?-\\s?\\d{1,3})?'
// "83-jarige", "11-12 jarige", "12,5-jarige"; "-jarig" without e only when no "bestaan" or "jubileum" follows.
const JARIGE = new RegExp(`(?<![\\p{L}\\p{N},.])(${NUMBER}\\s?-?\\s?jarig(e?))(?![\\p{L}])(?:\\s+(\\p{L}+))?`, 'giu')
const NOT_A_PERSON_AFTER_JARIG = /^(?:bestaan|jubileum|huwelijk|dienstverband|contract|project|verband|feest|jubilea|lidmaatschap)$/i
// "83 jaar oud", "6,5 jaar oud", "83 years old"
const YEARS_OLD = new RegExp(`(?<![\\p{L}\\p{N},.])(${NUMBER}\\s*(?:jaar|jr\\.?|years?))(?=\\s+(?:oud|old)(?![\\p{L}]))`, 'giu')
// "ik ben 83 jaar", "mijn moeder is 91", "leeftijd: 83", "I am 83": only where the sentence stops after the age,
// because "ik ben 2 jaar ziek" or "zij is 3 jaar bezig" state a duration.
const STATED = new RegExp(
  `(?:\\b(?:ik\\s+ben|i\\s+am|i'm|(?:hij|zij|ze|die|he|she)\\s+(?:is|was|wordt|werd)|(\\p{L}+)\\s+(?:is|was|wordt|werd)|leeftijd(?:\\s+van)?\\s*:?|age(?:d)?\\s*:?)\\s+(?:nu\\s+|bijna\\s+|pas\\s+|net\\s+|inmiddels\\s+)?)(${NUMBER}(?:\\s*(?:jaar|jr\\.?|years?))?)(?=\\s*$|\\s*[.,;!?)]|\\s+(?:en|and|oud|old|geworden|maar|but|jong|young)\\b)`,
  'giu',
)
// "mijn zoon van 8", "Marja van 71": after a person noun or a first name, "van" + number is an age unless a unit follows.
const PERSON_OF = new RegExp(`(\\p{L}+)\\s+van\\s+(${NUMBER}(?:\\s*(?:jaar|jr\\.?))?)(?![\\p{N}]|[.,]\\p{N}|\\s*(?:euro|eur|€|%|procent|keer|uur|minuten|dagen|weken|meter|km|kilo|x)(?![\\p{L}]))`, 'giu')
// "mijn moeder (91)", "Daan (8)"
const IN_BRACKETS = /(\p{L}+)\s?\((\d{1,3})\)/gu

export function detectAges(text: string, out: Candidate[]): void {
  if (!/\d/.test(text)) return
  for (const match of text.matchAll(JARIGE)) {
    if (match[2] === '' && NOT_A_PERSON_AFTER_JARIG.test(match[3] ?? '')) continue
    push(out, match.index, match[1]!.length)
  }
  for (const match of text.matchAll(YEARS_OLD)) push(out, match.index, match[1]!.length)
  for (const match of text.matchAll(STATED)) {
    const subject = match[1]?.toLowerCase()
    if (subject !== undefined && !PERSON_NOUNS.has(subject)) continue
    const value = match[2]!
    if (!isAge(value)) continue
    push(out, match.index + match[0].length - value.length, value.length)
  }
  for (const match of text.matchAll(PERSON_OF)) {
    const value = match[2]!
    const subject = match[1]!
    const person = PERSON_NOUNS.has(subject.toLowerCase()) || (/^\p{Lu}/u.test(subject) && isFirstName(subject.toLowerCase()))
    if (!person || !isAge(value)) continue
    push(out, match.index + match[0].length - value.length, value.length)
  }
  for (const match of text.matchAll(IN_BRACKETS)) {
    const word = match[1]!
    if (!PERSON_NOUNS.has(word.toLowerCase()) && !/^\p{Lu}\p{Ll}/u.test(word)) continue
    if (!isAge(match[2]!)) continue
    push(out, match.index + match[0].length - 1 - match[2]!.length, match[2]!.length)
  }
}

const isAge = (value: string) => Number.parseInt(value, 10) <= 120

function push(out: Candidate[], start: number, length: number): void {
  out.push({ type: 'LEEFTIJD', start, end: start + length, priority: PRIORITY.LEEFTIJD })
}
