import { describe, expect, it } from 'vitest'
import { CONTACT_MODE_LABELS, DOMAIN_LABELS, KIND_LABELS, STATUS_LABELS, SUPPORT_LABELS, WISH_LABELS } from '@klankbord/contract/labels'
import { CHANNEL_LABELS } from '@klankbord/contract/labels'
import { PAGE_TEXTS } from '../../api/src/pages/page-texts.js'
import { loadTranslations } from '../../api/src/pages/page-text.js'
import { readXliffUnits } from '../../api/src/pages/xliff-units.js'
import { pagesXliffPath, widgetMessages, widgetTargetLocales, xliffUnits } from '../support/plain-language/resident-strings.js'

// Words that are the same in the target language (Polish "Status").
const SAME_WORDS = new Set(['Status'])

const placeholders = (text: string) => [...text.matchAll(/<x id="(\d+)"[^>]*\/>/g)].map((m) => m[1]).sort()

describe('every language of the widget has every string', () => {
  const sourceIds = [...new Set(widgetMessages().map((m) => m.id))].sort()

  it('has Dutch as the source and English, Polish, Turkish, Arabic and Ukrainian as targets', () => {
    expect([...widgetTargetLocales()].sort()).toEqual(['ar', 'en', 'pl', 'tr', 'uk'])
  })

  describe.each(widgetTargetLocales())('%s', (locale) => {
    const units = xliffUnits(locale)

    it('has a unit for each source string and none besides', () => {
      expect([...units.keys()].sort()).toEqual(sourceIds)
    })

    it('translates every unit, keeping its placeholders', () => {
      const untranslated = [...units].filter(([, unit]) => !unit.target).map(([id, unit]) => `${id}: ${unit.source}`)
      expect(untranslated).toEqual([])
      const changed = [...units].filter(([, unit]) => placeholders(unit.source).join() !== placeholders(unit.target).join()).map(([id]) => id)
      expect(changed).toEqual([])
    })

    it.skipIf(locale === 'en')('leaves no unit in Dutch or English', () => {
      const english = xliffUnits('en')
      const copied = [...units]
        .filter(([id, unit]) => /\p{L}{4}/u.test(unit.target) && !SAME_WORDS.has(unit.target) && (unit.target === unit.source || unit.target === english.get(id)?.target))
        .map(([id, unit]) => `${id}: ${unit.target}`)
      expect(copied).toEqual([])
    })
  })
})

describe('the contract labels the widget shows', () => {
  const tables = { DOMAIN_LABELS, KIND_LABELS, WISH_LABELS, CONTACT_MODE_LABELS, STATUS_LABELS, SUPPORT_LABELS, CHANNEL_LABELS }

  it.each(Object.entries(tables))('%s has every code in every language of the widget', (_, table) => {
    const codes = Object.keys(table.nl).sort()
    for (const locale of widgetTargetLocales()) {
      const labels = (table as unknown as Record<string, Record<string, string>>)[locale] ?? {}
      expect(Object.keys(labels).sort(), locale).toEqual(codes)
      expect(Object.values(labels).filter((label) => !label.trim()), locale).toEqual([])
    }
  })
})

describe('every language of the pages without scripts (/meld, /volg/zonder-script) has every string', () => {
  const translations = loadTranslations()
  const englishUnits = readXliffUnits(pagesXliffPath('en'))
  const braces = (text: string) => [...text.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort().join()

  describe.each(widgetTargetLocales())('%s', (locale) => {
    const table = translations.get(locale as Parameters<typeof translations.get>[0])!

    it.each(Object.entries(PAGE_TEXTS))('translates every text of %s, from the widget\'s XLIFF or the pages\' own, keeping its {N}', (_, texts) => {
      expect(texts.filter((text) => !table.has(text))).toEqual([])
      expect(texts.filter((text) => braces(table.get(text)!) !== braces(text))).toEqual([])
    })

    it('has the same units with the same Dutch sources as every other language, each translated', () => {
      const units = readXliffUnits(pagesXliffPath(locale))
      expect(units.map((unit) => [unit.id, unit.source])).toEqual(englishUnits.map((unit) => [unit.id, unit.source]))
      expect(units.filter((unit) => !unit.target).map((unit) => unit.id)).toEqual([])
    })

    it.skipIf(locale === 'en')('leaves no unit of the pages in Dutch or English', () => {
      const english = new Map(englishUnits.map((unit) => [unit.id, unit.target]))
      const copied = readXliffUnits(pagesXliffPath(locale)).filter((unit) => unit.target === unit.source || unit.target === english.get(unit.id))
      expect(copied.map((unit) => unit.id)).toEqual([])
    })
  })

  it('holds no unit the pages do not say', () => {
    const said = new Set(Object.values(PAGE_TEXTS).flat())
    expect(englishUnits.filter((unit) => !said.has(unit.source)).map((unit) => unit.id)).toEqual([])
  })
})
