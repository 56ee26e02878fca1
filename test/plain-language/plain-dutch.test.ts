import { describe, expect, it } from 'vitest'
import { avoidedWords } from '../support/plain-language/avoid-words.js'
import { fleschDouma } from '../support/plain-language/flesch-douma.js'
import { residentStrings, stringsByScreen } from '../support/plain-language/screens.js'
import { sentences, words } from '../support/plain-language/text-measures.js'

const MAX_WORDS_PER_SENTENCE = 20
// Flesch-Douma 60 and higher reads at about B1, the level of most residents.
const SCREEN_FLOOR = 60

describe('every resident-facing Dutch string is plain Dutch (B1)', () => {
  const strings = residentStrings()

  it(`has no sentence longer than ${MAX_WORDS_PER_SENTENCE} words`, () => {
    const long = strings.flatMap((s) => sentences(s.text).filter((x) => words(x).length > MAX_WORDS_PER_SENTENCE))
    expect(long).toEqual([])
  })

  it('uses no officialese where a plain word will do', () => {
    const found = strings.flatMap((s) => avoidedWords(s.text).map((a) => `"${s.text}": ${a.found} → ${a.use}`))
    expect(found).toEqual([])
  })

  it.each([...stringsByScreen(strings)])(`screen %s reads at Flesch-Douma ${SCREEN_FLOOR} or higher`, (_, list) => {
    expect(list.length).toBeGreaterThan(0)
    expect(fleschDouma(list.map((s) => s.text))).toBeGreaterThanOrEqual(SCREEN_FLOOR)
  })
})
