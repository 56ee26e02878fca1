import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findPersonalData, redact } from '../../src/redaction/index.js'

// Whatever a resident types, the redactor answers: sorted, separate spans inside the text, and never throws.
function expectWellFormed(text: string): void {
  const hits = findPersonalData(text)
  let previousEnd = 0
  for (const hit of hits) {
    expect(hit.start).toBeGreaterThanOrEqual(previousEnd)
    expect(hit.end).toBeGreaterThan(hit.start)
    expect(hit.end).toBeLessThanOrEqual(text.length)
    previousEnd = hit.end
  }
  expect(typeof redact(text).text).toBe('string')
}

describe('the redactor on bad input', () => {
  it.each([
    ['empty', ''],
    ['only spaces and newlines', ' \n\t\n '],
    ['5,000 characters', 'Mijn zoon Daan (7) woont in Ottersum, bel 06-12345678. '.repeat(91).slice(0, 5000)],
    ['emoji', 'Mijn moeder 👵🏽 Fatma (82) 😡😡 belt 06-12345678 🙏'],
    ['right-to-left text', 'اسمي فاطمة وأسكن في Ottersum، رقمي 06-12345678'],
    ['mixed languages', 'My mother Ayşe is 82, ze woont in Heijen, мій син Андрій'],
    ['NUL and control characters', 'Daan\u0000 van\u0000Dijk \u0007 06-1234\u00005678 \u202Efdp.exe'],
    ['a lone surrogate', 'Daan \uD83D belt'],
    ['only digits', '1'.repeat(5000)],
  ])('%s', (_, text) => {
    expectWellFormed(text)
  })

  it('finds the personal data around emoji and NUL', () => {
    const text = 'Mijn moeder 👵 Fatma belt 06-12345678\u0000'
    expect(redact(text).text).toBe('Mijn moeder 👵 [NAAM] belt [TELEFOON]\u0000')
  })

  it('never throws and always gives well-formed spans, for any string', () => {
    const pieces = fc.constantFrom('Daan', 'fatma', 'VAN', 'de', ' ', '\n', '(7)', '06-', '12345678', 'jaar', 'Ottersum', '@', '.', ',', '👵', 'ش', '\u0000', '-', 'Postbus', 'mijn zoon')
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300, unit: 'grapheme' }), fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(''))), (text) => {
        expectWellFormed(text)
      }),
      { numRuns: 1000 },
    )
  })
})
