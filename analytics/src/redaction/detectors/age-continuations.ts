import type { PersonalDataHit } from '@klankbord/contract'
import { PRIORITY, type Candidate } from '../candidate.js'
import { PERSON_NOUNS } from '../lists/person-nouns.js'
import { NUMBER_WORDS } from './number-words.js'

const NUMBER = `(?:\\d{1,3}|${NUMBER_WORDS})`
const UNIT = '(?:\\s*(?:jaar|jr\\.?|years?))'
// "twee jaar en drie maanden", "4 jaar en 2 mnd", "3 years and 4 months": an age in two parts is one.
const SECOND_PART = new RegExp(`^(?:${UNIT})?\\s+(?:en|and)\\s+(?:${NUMBER}|één|een|one)\\s*(?:maanden|maand|mnd|weken|week|dagen|dag|months?|weeks?|days?)(?![\\p{L}])`, 'iu')
// "hij is nu 81 en zij 79", "Vader is 49, moeder 47, Jordy 20", "22 en 20": the next age of a list.
// "pa is 88 ma 85": a relative and the next age may also follow without a comma.
const NEXT_AGE = new RegExp(`^(?:\\s*(?:,|en|and|&|/)\\s*(?:(\\p{L}+)\\s+)?|\\s+(?=\\p{L}+\\s+\\d)(\\p{L}+)\\s+)(${NUMBER}${UNIT}?)(?=\\s*$|\\s*[.,;:!?)]|\\s+(?:en|and|oud|old)(?![\\p{L}]))`, 'iu')
const PRONOUNS: ReadonlySet<string> = new Set(['hij', 'zij', 'ze', 'ik', 'hem', 'haar', 'he', 'she', 'i'])

/**
 * Ages that go on from an age found: its second part ("twee jaar en drie maanden") and the ages listed after it
 * ("hij 81 en zij 79", "Vader is 49, moeder 47, Jordy 20"), as candidates that replace or join the first.
 */
export function ageContinuations(text: string, hits: readonly PersonalDataHit[]): Candidate[] {
  const found: Candidate[] = []
  const names = hits.filter((hit) => hit.type === 'NAAM')
  for (const hit of hits) {
    if (hit.type !== 'LEEFTIJD') continue
    const second = SECOND_PART.exec(text.slice(hit.end, hit.end + 40))
    const end = second ? hit.end + second[0].length : hit.end
    // Higher than the first part, so the whole replaces it.
    if (second) found.push({ type: 'LEEFTIJD', start: hit.start, end, priority: PRIORITY.LEEFTIJD + 1 })
    let from = end
    for (let listed = 0; listed < 6; listed++) {
      const next = NEXT_AGE.exec(text.slice(from, from + 40))
      if (!next) break
      const word = next[1] ?? next[2]
      const age = next[3]!
      const start = from + next[0].length - age.length
      // Without a comma or "en" only a relative or a pronoun may stand between: "pa is 88 ma 85".
      if (next[2] !== undefined && !PRONOUNS.has(next[2].toLowerCase()) && !PERSON_NOUNS.has(next[2].toLowerCase())) break
      // Only a person may stand between: a pronoun, a relative, or a name found in the text.
      if (word !== undefined) {
        const wordStart = from + next[0].indexOf(word)
        const person = PRONOUNS.has(word.toLowerCase()) || PERSON_NOUNS.has(word.toLowerCase()) || names.some((name) => name.start <= wordStart && wordStart < name.end)
        if (!person) break
      }
      if (/^\d/.test(age) && Number.parseInt(age, 10) > 120) break
      found.push({ type: 'LEEFTIJD', start, end: start + age.length, priority: PRIORITY.LEEFTIJD })
      from = start + age.length
    }
  }
  return found
}
