import { describe, expect, it } from 'vitest'
import { CONTACT_MODE_LABELS, DOMAIN_LABELS, KIND_LABELS, STATUS_LABELS, SUPPORT_LABELS, WISH_LABELS } from '@klankbord/contract/labels'
import { widgetMessages, widgetTargetLocales, xliffUnits } from '../support/plain-language/resident-strings.js'

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
  const tables = { DOMAIN_LABELS, KIND_LABELS, WISH_LABELS, CONTACT_MODE_LABELS, STATUS_LABELS, SUPPORT_LABELS }

  it.each(Object.entries(tables))('%s has every code in every language of the widget', (_, table) => {
    const codes = Object.keys(table.nl).sort()
    for (const locale of widgetTargetLocales()) {
      const labels = (table as unknown as Record<string, Record<string, string>>)[locale] ?? {}
      expect(Object.keys(labels).sort(), locale).toEqual(codes)
      expect(Object.values(labels).filter((label) => !label.trim()), locale).toEqual([])
    }
  })
})
