import fc from 'fast-check'
import { Contact } from '@klankbord/contract'
import { describe, expect, it } from 'vitest'
import { emptyAnswers } from '../src/answers.js'
import { validateStep } from '../src/validation.js'

// Issue 19: what the widget's contact step accepts is exactly what the API's contract accepts, so a resident is
// never told at the end that a number the form took at the start is wrong.
const widgetAccepts = (mode: 'email' | 'phone', value: string) => !validateStep(4, { ...emptyAnswers(), contactMode: mode, [mode]: value }).has(mode)
const contractAccepts = (mode: 'email' | 'phone', value: string) => Contact.safeParse({ mode, [mode]: value }).success

describe('the widget and the contract agree on phone numbers and e-mail addresses', () => {
  it.each(['06 12345678', '0612345678', '06-12345678', '06.12.34.56.78', '(020) 123 4567', '(0485) 12 34 56', '020-1234567', '+31 6 12345678', '+31 (0)6 1234 5678', '0031 6 12345678', '+32 470 12 34 56', '+1 202 555 0143'])(
    'both accept the phone number %j',
    (phone) => {
      expect(contractAccepts('phone', phone)).toBe(true)
      expect(widgetAccepts('phone', phone)).toBe(true)
    },
  )

  it.each(['06 1234567', '12345678', '0612345678901', '(06) 1234 5678 9', '+31 6 1234', '06 12 ab 34 56', '++31612345678', '(020 123 4567', '0031 (0)6 12345678 9'])('both refuse the phone number %j', (phone) => {
    expect(contractAccepts('phone', phone)).toBe(false)
    expect(widgetAccepts('phone', phone)).toBe(false)
  })

  it.each(['naam@voorbeeld.nl', 'jan.de.vries@example.com', "o'brien+gemeente@example.co.uk"])('both accept the e-mail address %j', (email) => {
    expect(contractAccepts('email', email)).toBe(true)
    expect(widgetAccepts('email', email)).toBe(true)
  })

  it.each(['naam@voorbeeld', 'naam@@voorbeeld.nl', 'naam voorbeeld.nl', '.naam@voorbeeld.nl', 'naam..x@voorbeeld.nl', 'naam@voorbeeld.n'])('both refuse the e-mail address %j', (email) => {
    expect(contractAccepts('email', email)).toBe(false)
    expect(widgetAccepts('email', email)).toBe(false)
  })

  it('agree on any typed string', () => {
    const typed = fc.string({ unit: fc.constantFrom(...'0123456789 +-.()@abc'.split('')), maxLength: 22 })
    fc.assert(
      fc.property(typed, (value) => {
        expect(widgetAccepts('phone', value)).toBe(contractAccepts('phone', value))
        expect(widgetAccepts('email', value)).toBe(contractAccepts('email', value))
      }),
      { numRuns: 3000 },
    )
  })
})
