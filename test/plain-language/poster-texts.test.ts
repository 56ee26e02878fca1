import { POSTER_LANGUAGES, POSTER_TEXTS, fillPosterText } from '@klankbord/contract'
import { describe, expect, it } from 'vitest'
import { avoidedWords } from '../support/plain-language/avoid-words.js'
import { fleschDouma } from '../support/plain-language/flesch-douma.js'
import { widgetTargetLocales } from '../support/plain-language/resident-strings.js'
import { sentences, words } from '../support/plain-language/text-measures.js'

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
const dutch = Object.entries(POSTER_TEXTS.nl)

describe('the poster and flyer texts', () => {
  it('come in every language the widget speaks', () => {
    expect([...POSTER_LANGUAGES].sort()).toEqual([...widgetTargetLocales()].sort())
  })

  describe.each(POSTER_LANGUAGES)('%s', (language) => {
    const texts = POSTER_TEXTS[language] as Record<string, string>

    it('has every text, none empty, each with the placeholders of the Dutch', () => {
      expect(Object.keys(texts).sort()).toEqual(dutch.map(([key]) => key).sort())
      expect(Object.entries(texts).filter(([, text]) => !text.trim())).toEqual([])
      expect(dutch.filter(([key, text]) => placeholders(texts[key]!).join() !== placeholders(text).join()).map(([key]) => key)).toEqual([])
    })

    it.skipIf(language === 'en')('leaves no text in Dutch or English', () => {
      const english = POSTER_TEXTS.en as Record<string, string>
      expect(dutch.filter(([key, text]) => texts[key] === text || texts[key] === english[key]).map(([key]) => key)).toEqual([])
    })
  })

  describe('in Dutch', () => {
    // Names as short as real ones, so the placeholders do not skew the reading ease.
    const filled = dutch.map(([, text]) => fillPosterText(text, { confidant: 'Anna', municipality: 'Gennep', partner: 'Zorggroep', phone: '0485 123456', url: 'gennep.nl' }))

    it('has no sentence longer than 20 words and no officialese', () => {
      expect(filled.flatMap((text) => sentences(text).filter((s) => words(s).length > 20))).toEqual([])
      expect(filled.flatMap((text) => avoidedWords(text).map((a) => `${a.found} → ${a.use}`))).toEqual([])
    })

    it('reads at Flesch-Douma 60 or higher (B1)', () => {
      expect(fleschDouma(filled)).toBeGreaterThanOrEqual(60)
    })

    it('says that the concern goes to the independent confidant, not to the partner', () => {
      expect(POSTER_TEXTS.nl.goesTo).toContain('onafhankelijke vertrouwenspersoon van {municipality}')
      expect(POSTER_TEXTS.nl.notToPartner).toBe('Uw melding gaat niet naar {partner}.')
    })
  })
})
