import { PERSONAL_DATA_TYPES } from '@klankbord/contract'
import { describe, expect, it } from 'vitest'
import { findPersonalData, redact } from '../../src/redaction/index.js'

describe('redact', () => {
  const text = 'Mijn zoon Daan (8) woont op de Kerkstraat 12, 6591 AB Gennep; bel 06-12345678 of mail daan@example.nl.'

  it('replaces each hit with its type in brackets', () => {
    expect(redact(text).text).toBe('Mijn zoon [NAAM] ([LEEFTIJD]) woont op de [ADRES], [POSTCODE] Gennep; bel [TELEFOON] of mail [EMAIL].')
  })

  it('reports entities with offsets in the original text', () => {
    const { entities } = redact(text)
    expect(entities.map(({ type, start, end }) => [type, text.slice(start, end)])).toEqual([
      ['NAAM', 'Daan'],
      ['LEEFTIJD', '8'],
      ['ADRES', 'Kerkstraat 12'],
      ['POSTCODE', '6591 AB'],
      ['TELEFOON', '06-12345678'],
      ['EMAIL', 'daan@example.nl'],
    ])
  })

  it('returns text without personal data unchanged', () => {
    expect(redact('Het wijkteam belde in maart.')).toEqual({ text: 'Het wijkteam belde in maart.', entities: [] })
    expect(redact('')).toEqual({ text: '', entities: [] })
  })

  it('counts offsets in UTF-16 code units, as JavaScript strings do', () => {
    // The emoji is one code point but two code units, so "Daan" starts at 13, not 12.
    const [hit] = findPersonalData('😀 mijn zoon Daan')
    expect(hit).toEqual({ type: 'NAAM', start: 13, end: 17 })
  })

  it('gives sorted, non-overlapping hits of contract types, even where rules compete', () => {
    const busy = 'IBAN NL91 ABNA 0417 1643 00, BSN 123456782, dhr. J. de Vries, kenmerk 2024-12345, geboren 01-02-1950, 06-12345678.'
    const hits = findPersonalData(busy)
    for (const [index, hit] of hits.entries()) {
      expect(PERSONAL_DATA_TYPES).toContain(hit.type)
      expect(hit.end).toBeGreaterThan(hit.start)
      if (index > 0) expect(hit.start).toBeGreaterThanOrEqual(hits[index - 1]!.end)
    }
    expect(hits.map((hit) => hit.type)).toEqual(['IBAN', 'BSN', 'NAAM', 'DOSSIERNUMMER', 'DATUM', 'TELEFOON'])
  })
})
