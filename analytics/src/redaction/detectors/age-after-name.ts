import type { PersonalDataHit } from '@klankbord/contract'
import { PRIORITY, type Candidate } from '../candidate.js'
import { AGE_ADVERBS, NUMBER_WORDS } from './number-words.js'

const NUMBER = `(?:\\d{1,3}|${NUMBER_WORDS}|anderhalf)`
const UNIT = '(?:\\s*(?:jaar|jr\\.?|years?|maanden|maand|months?|weken|weeks?))'
const ADVERBS = `(?:${AGE_ADVERBS}\\s+)*`
// Where an age stops: the sentence or clause ends, or it goes on as ages do ("en", "oud", "geworden").
const STOP = `(?=\\s*$|\\s*[.,;:!?)]|\\s*\\p{Extended_Pictographic}|\\s+(?:en|and|oud|old|geworden|jong|young)(?![\\p{L}]))`
/**
 * Right after a name found in the text, whatever its casing or origin: "Anneke de Vries is 82", "mevrouw Bouazza
 * (91)", "Hylke, acht, ", "Nguyen Thi Lan 67 jaar". The name detectors find the person; this finds the age.
 */
const AFTER_NAME = [
  // "Awet, is 6", "Hennie en is 84", "Ome Kees uit Hedel is 91"
  new RegExp(`^,?\\s+(?:en\\s+|(?:uit|van|in)\\s+\\p{Lu}[\\p{L}-]*\\s+)?(?:is|was|wordt|werd|is now|turned)\\s+${ADVERBS}(${NUMBER}${UNIT}?)${STOP}`, 'iu'),
  // "Sky wordt 18 op 2 februari": turning an age on a day.
  new RegExp(`^\\s+(?:wordt|werd|turns)\\s+(${NUMBER})(?=\\s+(?:op|in|volgende?|deze|dit|binnenkort|over|aanstaande|next|this|on|in)(?![\\p{L}]))`, 'iu'),
  // "Hassan 17 zit in de opvang", "Anna 18 wordt": a bare age between the name and its verb.
  new RegExp(`^\\s+(\\d{1,2}|${NUMBER_WORDS})(?=\\s+(?:zit|woont|is|was|heeft|wordt|werd|gaat|krijgt|moet|kan|wil|zat|woonde|had|kreeg)(?![\\p{L}]))`, 'iu'),
  // "noah van 5 en liam van 3", "Sem van nog geen 2"
  new RegExp(`^\\s+(?:van|of)\\s+${ADVERBS}(${NUMBER}${UNIT}?)${STOP}`, 'iu'),
  // "Milan hier (20)", "opa Wim hier, 81 jaar"
  new RegExp(`^\\s+(?:hier|here)\\s*[(,]\\s*(${NUMBER}${UNIT}?)(?=\\s*[),.])`, 'iu'),
  new RegExp(`^\\s*\\(\\s*(${NUMBER}${UNIT}?)\\s*\\)`, 'iu'),
  new RegExp(`^,\\s+${ADVERBS}(${NUMBER}${UNIT}?)(?=\\s*[,.;)]|\\s*$|\\s+(?:en|and|oud|old)(?![\\p{L}]))`, 'iu'),
  new RegExp(`^\\s+(${NUMBER}${UNIT})${STOP}`, 'iu'),
]

/** Ages that follow the names among `hits`, as candidates. */
export function agesAfterNames(text: string, hits: readonly PersonalDataHit[]): Candidate[] {
  const found: Candidate[] = []
  for (const hit of hits) {
    if (hit.type !== 'NAAM') continue
    const after = text.slice(hit.end, hit.end + 60)
    for (const pattern of AFTER_NAME) {
      const match = pattern.exec(after)
      if (!match) continue
      const value = match[1]!
      if (/^\d/.test(value) && Number.parseInt(value, 10) > 120) break
      const start = hit.end + match[0].lastIndexOf(value)
      found.push({ type: 'LEEFTIJD', start, end: start + value.length, priority: PRIORITY.LEEFTIJD })
      break
    }
  }
  return found
}
