import { describe, expect, it } from 'vitest'
import { countSyllables } from '../support/plain-language/syllables.js'

// Counts checked by hand against the Dutch hyphenation of each word (Woordenlijst).
const KNOWN: [string, number][] = [
  ['de', 1], ['uw', 1], ['kind', 1], ['nieuw', 1], ['mooi', 1], ['groei', 1], ['haai', 1], ['leeuw', 1], ['vrij', 1],
  ['huis', 1], ['oud', 1], ['blauw', 1], ['zee', 1], ['muur', 1], ['boek', 1], ['brief', 1], ['reus', 1],
  ['melding', 2], ['vrije', 2], ['koeien', 2], ['mooie', 2], ['water', 2], ['beslist', 2], ['e-mail', 2], ['BSN', 1],
  ['gemeente', 3], ['theater', 3], ['ideaal', 3], ['België', 3], ['toestemming', 3], ['januari', 4], ['situatie', 4],
  ['materiaal', 4], ['geïnteresseerd', 5], ['vertrouwenspersoon', 5], ['organisatie', 5], ['coördinatie', 5],
  ['privacyverklaring', 6], ['Ombudsman', 3], ['onafhankelijke', 6],
]

describe('the Dutch syllable counter', () => {
  it.each(KNOWN)('counts %s as %i', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables)
  })
})
