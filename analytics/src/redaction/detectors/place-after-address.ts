import type { PersonalDataHit } from '@klankbord/contract'
import { PRIORITY, type Candidate } from '../candidate.js'
import { isKeptPlace, isLocalPlace, isNotName, isUnknownWord, isWordPlace } from '../names/lookup.js'

// "Stationsweg 33 rd, Heerlerbaan", "kerkstraat12, ulicoten", "dorpsstraat 7 b in made": the place after an address.
const AFTER_ADDRESS = /^(?:\s*,\s*|\s+(?:in|te)\s+)(\p{L}[\p{L}'’]*(?:[ -]\p{Lu}[\p{L}'’]*){0,2})(?![\p{L}])/u

/** The village or district named right after an address found in the text, in any casing. */
export function placesAfterAddresses(text: string, hits: readonly PersonalDataHit[]): Candidate[] {
  const found: Candidate[] = []
  for (const hit of hits) {
    if (hit.type !== 'ADRES') continue
    const match = AFTER_ADDRESS.exec(text.slice(hit.end, hit.end + 60))
    if (!match) continue
    const place = match[1]!
    const lower = place.toLowerCase()
    // A municipality may stay; the postcode detector names the place after a postcode itself.
    if (isKeptPlace(lower) || isNotName(lower.split(/[ -]/)[0]!)) continue
    const capitalised = /^\p{Lu}/u.test(place)
    if (!capitalised && !(isLocalPlace(lower) || isWordPlace(lower) || isUnknownWord(lower))) continue
    const start = hit.end + match[0].length - place.length
    found.push({ type: 'PLAATS', start, end: start + place.length, priority: PRIORITY.NAAM + 1 })
  }
  return found
}
