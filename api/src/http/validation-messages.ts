import type { InvalidParam } from '@klankbord/contract'
import type { Locale } from '@klankbord/contract/vocabulary'
import type * as z from 'zod'

type Text = Record<Locale, string>

/** Field names as a resident would say them, for messages that point at the right place. */
const FIELD_NAMES: Record<string, Text> = {
  partner: { nl: 'Partner', en: 'Partner' },
  domain: { nl: 'Waar gaat het over', en: 'What it is about' },
  kinds: { nl: 'Wat er gebeurde', en: 'What happened' },
  description: { nl: 'Uw verhaal', en: 'Your story' },
  wish: { nl: 'Wat zou helpen', en: 'What would help' },
  organisation: { nl: 'Organisatie', en: 'Organisation' },
  decisionDate: { nl: 'Datum van het besluit', en: 'Date of the decision' },
  onBehalfOf: { nl: 'Namens iemand anders', en: 'On behalf of someone else' },
  contact: { nl: 'Contact', en: 'Contact' },
  'contact.mode': { nl: 'Hoe wilt u bereikt worden', en: 'How to reach you' },
  'contact.email': { nl: 'E-mailadres', en: 'Email address' },
  'contact.phone': { nl: 'Telefoonnummer', en: 'Phone number' },
  'contact.name': { nl: 'Naam', en: 'Name' },
  'contact.bestTime': { nl: 'Beste tijd om te bellen', en: 'Best time to call' },
  locale: { nl: 'Taal', en: 'Language' },
  consent: { nl: 'Toestemming', en: 'Consent' },
  pow: { nl: 'Controle tegen spam', en: 'Spam check' },
}

function fieldName(path: string, locale: Locale): string {
  return FIELD_NAMES[path]?.[locale] ?? FIELD_NAMES[path.split('.')[0] ?? '']?.[locale] ?? path
}

const invalidEmail = (field: Text) => ({
  code: 'invalid-email',
  reason: { nl: `${field.nl}: dit is geen geldig e-mailadres, bijvoorbeeld naam@voorbeeld.nl.`, en: `${field.en}: this is not a valid email address, for example name@example.com.` },
})

/** A stable code and the reason in both languages; the caller picks the request's language. */
function describe(issue: z.core.$ZodIssue, path: string): { code: string; reason: Text } {
  const field = { nl: fieldName(path, 'nl'), en: fieldName(path, 'en') }
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined)
        return { code: 'required', reason: { nl: `${field.nl}: dit veld is verplicht.`, en: `${field.en}: this field is required.` } }
      return { code: 'wrong-type', reason: { nl: `${field.nl}: verwacht ${issue.expected}.`, en: `${field.en}: expected ${issue.expected}.` } }
    case 'too_big':
      if (issue.origin === 'array')
        return { code: 'too-many', reason: { nl: `${field.nl}: kies hoogstens ${issue.maximum}.`, en: `${field.en}: choose at most ${issue.maximum}.` } }
      return { code: 'too-long', reason: { nl: `${field.nl}: gebruik hoogstens ${issue.maximum} tekens.`, en: `${field.en}: use at most ${issue.maximum} characters.` } }
    case 'too_small':
      if (issue.origin === 'array')
        return { code: 'too-few', reason: { nl: `${field.nl}: kies er minstens ${issue.minimum}.`, en: `${field.en}: choose at least ${issue.minimum}.` } }
      return { code: 'required', reason: { nl: `${field.nl}: vul dit in.`, en: `${field.en}: please fill this in.` } }
    case 'invalid_format':
      if (issue.format === 'email') return invalidEmail(field)
      if (issue.format === 'date')
        return { code: 'invalid-date', reason: { nl: `${field.nl}: gebruik een bestaande datum als JJJJ-MM-DD.`, en: `${field.en}: use an existing date as YYYY-MM-DD.` } }
      if (issue.format === 'url')
        return { code: 'invalid-url', reason: { nl: `${field.nl}: dit is geen geldig adres, bijvoorbeeld https://www.gemeente.nl/privacy.`, en: `${field.en}: this is not a valid address, for example https://www.example.com/privacy.` } }
      return { code: 'invalid-format', reason: { nl: `${field.nl}: de vorm klopt niet.`, en: `${field.en}: the format is not right.` } }
    case 'invalid_value':
      if (path === 'consent')
        return { code: 'consent-required', reason: { nl: 'Geef toestemming om uw melding te versturen.', en: 'Please give consent to send your concern.' } }
      if (issue.input === undefined)
        return { code: 'required', reason: { nl: `${field.nl}: dit veld is verplicht.`, en: `${field.en}: this field is required.` } }
      return {
        code: 'invalid-option',
        reason: { nl: `${field.nl}: kies een van: ${issue.values.join(', ')}.`, en: `${field.en}: choose one of: ${issue.values.join(', ')}.` },
      }
    case 'invalid_union':
      return { code: 'invalid-option', reason: { nl: `${field.nl}: deze keuze bestaat niet.`, en: `${field.en}: this choice does not exist.` } }
    case 'custom': {
      const reason = (issue.params as { reason?: string } | undefined)?.reason
      if (reason === 'future-date')
        return { code: 'future-date', reason: { nl: `${field.nl}: deze datum ligt in de toekomst.`, en: `${field.en}: this date is in the future.` } }
      if (reason === 'control-character')
        return {
          code: 'control-character',
          reason: { nl: `${field.nl}: hier staat een onzichtbaar stuurteken in. Haal het weg of typ de tekst opnieuw.`, en: `${field.en}: this contains an invisible control character. Remove it or type the text again.` },
        }
      if (reason === 'unsafe-link')
        return {
          code: 'unsafe-link',
          reason: { nl: `${field.nl}: gebruik een adres dat begint met https://.`, en: `${field.en}: use an address that starts with https://.` },
        }
      if (reason === 'email') return invalidEmail(field)
      if (reason === 'phone')
        return { code: 'invalid-phone', reason: { nl: `${field.nl}: dit is geen geldig telefoonnummer, bijvoorbeeld 06 12345678.`, en: `${field.en}: this is not a valid phone number, for example +31 6 12345678.` } }
      if (reason === 'duplicate')
        return { code: 'duplicate', reason: { nl: `${field.nl}: elke keuze mag maar één keer.`, en: `${field.en}: each choice may appear only once.` } }
      break
    }
  }
  return { code: 'invalid', reason: { nl: `${field.nl}: deze waarde klopt niet.`, en: `${field.en}: this value is not valid.` } }
}

/** Every zod issue as an invalid parameter, in the request's language; unknown fields are listed one by one. */
export function toInvalidParams(issues: readonly z.core.$ZodIssue[], locale: Locale): InvalidParam[] {
  const params: InvalidParam[] = []
  for (const issue of issues) {
    const base = issue.path.map(String).join('.')
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const name = base ? `${base}.${key}` : key
        params.push({
          name,
          code: 'unknown-field',
          reason: locale === 'nl' ? `${name}: dit veld kennen wij niet.` : `${name}: this field is not known.`,
        })
      }
      continue
    }
    const { code, reason } = describe(issue, base)
    params.push({ name: base || '(body)', code, reason: reason[locale] })
  }
  return params
}
