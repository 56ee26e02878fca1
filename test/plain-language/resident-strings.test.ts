import { describe, expect, it } from 'vitest'
import { widgetMessages, xliffSourceIds } from '../support/plain-language/resident-strings.js'
import { residentStrings, SCREEN_OF_FILE } from '../support/plain-language/screens.js'
import { unwrappedTemplateText } from '../support/plain-language/unwrapped-text.js'

// The honeypot's label: hidden from people and screen readers, there for bots to fill in.
const NOT_FOR_RESIDENTS = ['steps/contact.ts: Website']

describe('the list of resident-facing strings is complete', () => {
  const messages = widgetMessages()

  it('holds every msg() of the widget, and the XLIFF has the same units (run `npm run localize:extract -w widget`)', () => {
    expect(messages.length).toBeGreaterThan(200)
    expect(new Set(xliffSourceIds())).toEqual(new Set(messages.map((m) => m.id)))
  })

  it('places every file with resident-facing strings on a screen', () => {
    expect(residentStrings().filter((s) => !(s.file in SCREEN_OF_FILE)).map((s) => `${s.file}: ${s.text}`)).toEqual([])
  })

  it('finds no text written into a template of the widget without msg()', () => {
    const unwrapped = unwrappedTemplateText().map((t) => t.replace(/^.*widget\/src\//, ''))
    expect(unwrapped.filter((t) => !NOT_FOR_RESIDENTS.includes(t))).toEqual([])
  })
})
