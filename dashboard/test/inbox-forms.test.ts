import { describe, expect, it } from 'vitest'
import { groupSecret } from '../src/inbox/auth/group-secret.js'
import { notificationText } from '../src/inbox/case/notification-text.js'
import { errorFor, fieldErrorsFrom, fieldId, fieldIdCandidates } from '../src/inbox/forms/field-errors.js'
import { en } from '../src/inbox/i18n/messages-en.js'
import { nl } from '../src/inbox/i18n/messages-nl.js'
import { highlightSegments } from '../src/inbox/personal-data/highlight.js'
import { suspectedTexts } from '../src/inbox/publishable/suspected-texts.js'

describe('field errors from a problem', () => {
  const errors = fieldErrorsFrom([
    { name: 'contact.email', code: 'invalid', reason: 'Geen geldig e-mailadres.' },
    { name: 'contact.email', code: 'too-long', reason: 'Te lang.' },
    { name: 'kinds.1', code: 'invalid', reason: 'Onbekende soort.' },
    { name: '', code: 'invalid', reason: 'Het geheel klopt niet.' },
  ])

  it('keeps the first reason per path', () => {
    expect(errors).toEqual({ 'contact.email': 'Geen geldig e-mailadres.', 'kinds.1': 'Onbekende soort.', _: 'Het geheel klopt niet.' })
  })

  it('shows an item error at its list, and nothing at an unrelated field', () => {
    expect(errorFor(errors, 'kinds')).toBe('Onbekende soort.')
    expect(errorFor(errors, 'contact.email')).toBe('Geen geldig e-mailadres.')
    expect(errorFor(errors, 'contact')).toBeUndefined()
    expect(errorFor({ 'kindsExtra.0': 'x' }, 'kinds')).toBeUndefined()
  })

  it('makes element ids from paths, most specific first', () => {
    expect(fieldId('intake', 'contact.email')).toBe('intake-contact-email')
    expect(fieldIdCandidates('partner-new', 'allowedOrigins.2')).toEqual(['partner-new-allowedOrigins-2', 'partner-new-allowedOrigins'])
  })
})

describe('personal data highlighting', () => {
  it('splits text into plain and marked runs', () => {
    expect(highlightSegments('Bel Jan op 0612345678 a.u.b.', [{ type: 'NAAM', start: 4, end: 7 }, { type: 'TELEFOON', start: 11, end: 21 }])).toEqual([
      { text: 'Bel ' },
      { text: 'Jan', hit: 'NAAM' },
      { text: ' op ' },
      { text: '0612345678', hit: 'TELEFOON' },
      { text: ' a.u.b.' },
    ])
  })

  it('merges overlaps and clips hits beyond the text', () => {
    expect(highlightSegments('abcdef', [{ type: 'DATUM', start: 4, end: 40 }, { type: 'NAAM', start: 1, end: 5 }])).toEqual([
      { text: 'a' },
      { text: 'bcde', hit: 'NAAM' },
      { text: 'f', hit: 'DATUM' },
    ])
    expect(highlightSegments('abc', [])).toEqual([{ text: 'abc' }])
  })

  it('groups the hits of a refusal by field, next to the text that was sent', () => {
    const found = suspectedTexts({ hits: [{ field: 'text', type: 'BSN', start: 0, end: 9 }, { field: 'theme', type: 'NAAM', start: 0, end: 3 }] }, { theme: 'Jan', text: '123456782 is van' })
    expect(found).toEqual([
      { field: 'text', text: '123456782 is van', hits: [{ type: 'BSN', start: 0, end: 9 }] },
      { field: 'theme', text: 'Jan', hits: [{ type: 'NAAM', start: 0, end: 3 }] },
    ])
  })
})

describe('case rules the forms follow', () => {
  it('says plainly whether the resident hears of a message', () => {
    expect(notificationText({ mailConfigured: true, item: { contactMode: 'email' } }, nl)).toBe(nl.messageMailNotice)
    expect(notificationText({ mailConfigured: false, item: { contactMode: 'email' } }, nl)).toBe(nl.messageMailNotConfigured)
    expect(notificationText({ mailConfigured: true, item: { contactMode: 'phone' } }, nl)).toBe(nl.messageNoMailChosen)
  })

  it('groups a TOTP secret by four', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXPAB')).toBe('JBSW Y3DP EHPK 3PXP AB')
  })
})

describe('message catalogues', () => {
  it('have the same messages in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort())
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) expect(typeof en[key], key).toBe(typeof nl[key])
  })
})
