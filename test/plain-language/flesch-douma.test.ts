import { describe, expect, it } from 'vitest'
import { avoidedWords } from '../support/plain-language/avoid-words.js'
import { fleschDouma } from '../support/plain-language/flesch-douma.js'
import { sentences, words } from '../support/plain-language/text-measures.js'

// Officialese from a typical decision letter: long sentences, long words.
const HARD = [
  'Indien u het niet eens bent met de onderhavige beschikking, dient u teneinde uw belangen te waarborgen binnen de ' +
    'wettelijke termijn van zes weken na dagtekening een gemotiveerd bezwaarschrift in te dienen bij het college van ' +
    'burgemeester en wethouders, alsmede eventuele relevante bewijsstukken middels de daartoe bestemde voorziening te verstrekken.',
]
const PLAIN = ['Bent u het niet eens met het besluit? Dan kunt u bezwaar maken. Doe dat binnen zes weken. Stuur een brief naar de gemeente.']

describe('Flesch-Douma reading ease', () => {
  it('scores officialese low and plain Dutch high', () => {
    expect(fleschDouma(HARD)).toBeLessThan(30)
    expect(fleschDouma(PLAIN)).toBeGreaterThan(70)
  })

  it('follows the formula: 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence', () => {
    // "De kat zit op de mat." 6 words, 6 syllables, 1 sentence.
    expect(fleschDouma(['De kat zit op de mat.'])).toBeCloseTo(206.84 - 77 - 0.93 * 6, 5)
  })

  it('splits sentences at full stops, question and exclamation marks, and counts words without punctuation', () => {
    expect(sentences('Bent u het niet eens? Dan kunt u bezwaar maken. Bel ons!')).toHaveLength(3)
    expect(sentences('Kijk op voorbeeld.nl voor meer.')).toHaveLength(1)
    expect(words('Vul een e-mailadres in, zoals naam@voorbeeld.nl.')).toEqual(['Vul', 'een', 'e-mailadres', 'in', 'zoals', 'naam@voorbeeld.nl'])
  })

  it('finds officialese words and phrases with their plain alternative', () => {
    expect(avoidedWords(HARD[0]!).map((a) => a.found)).toEqual(expect.arrayContaining(['indien', 'teneinde', 'dient', 'alsmede', 'middels', 'verstrekken']))
    expect(avoidedWords('Een brief ten behoeve van uw aanvraag.')).toEqual([{ found: 'ten behoeve van', use: 'voor' }])
    expect(avoidedWords(PLAIN[0]!)).toEqual([])
  })
})
