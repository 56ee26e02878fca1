import { msg } from '@lit/localize'
import type { ConcernInput } from '@klankbord/contract'
import { ConcernAnswers } from '@klankbord/contract/concern-answers'
import type { Domain, Wish } from '@klankbord/contract/vocabulary'
import { toIsoDate } from '@klankbord/contract/dates'
import { fieldOf, type Answers, type Field, type FieldErrors } from './answers.js'
import { apiLocale } from './locale-tags.js'
import type { Locale } from './localization.js'

export const todayIso = (): string => toIsoDate(new Date())

type Issue = NonNullable<ReturnType<typeof ConcernAnswers.safeParse>['error']>['issues'][number]

/** The request's fields each step asks for; each is checked with the contract's own schema for it, as the API will. */
const STEP_FIELDS = {
  1: ['domain'],
  2: ['kinds', 'description', 'organisation', 'decisionDate'],
  3: ['wish'],
  4: ['contact', 'onBehalfOf'],
  5: ['consent'],
} as const satisfies Record<number, readonly (keyof ConcernAnswers)[]>

const optional = (value: string) => value.trim() || undefined

/** The answers as the request carries them, still unchecked: trimmed, with empty optional fields left out. */
function requestFields(a: Answers) {
  const name = optional(a.name)
  const contact =
    a.contactMode === 'email'
      ? { mode: a.contactMode, email: a.email.trim(), ...(name && { name }) }
      : a.contactMode === 'phone'
        ? { mode: a.contactMode, phone: a.phone.trim(), ...(name && { name }), ...(optional(a.bestTime) && { bestTime: a.bestTime.trim() }) }
        : { mode: a.contactMode }
  return {
    domain: a.domain,
    kinds: a.kinds,
    description: a.description.trim(),
    wish: a.wish,
    ...(optional(a.organisation) && { organisation: a.organisation.trim() }),
    ...(a.decisionDate && { decisionDate: a.decisionDate }),
    onBehalfOf: a.onBehalfOf,
    contact,
  }
}

/** The widget's own words for what the contract refused, by the form field it points at. */
function message(field: Field, issue: Issue): string {
  if (issue.code === 'custom' && (issue.params as { reason?: string } | undefined)?.reason === 'control-character')
    return msg('Hier staat een onzichtbaar teken in. Haal het weg of typ de tekst opnieuw.')
  switch (field) {
    case 'domain':
      return msg('Kies waar het over gaat.')
    case 'kinds':
      return msg('Kies wat er mis ging. U mag meer dan één keuze maken.')
    case 'description':
      return issue.code === 'too_big' ? msg('Uw tekst is te lang. Maak hem korter.') : msg('Schrijf kort op wat er gebeurde.')
    case 'decisionDate':
      return msg('Vul een datum in die niet in de toekomst ligt.')
    case 'wish':
      return msg('Kies wat u zou helpen.')
    case 'contactMode':
      return msg('Kies hoe wij u kunnen bereiken.')
    case 'email':
      return msg('Vul een goed e-mailadres in, zoals naam@voorbeeld.nl.')
    case 'phone':
      return msg('Vul een goed telefoonnummer in, zoals 06 12345678.')
    case 'bestTime':
      return msg('Deze tekst is te lang.')
    case 'consent':
      return msg('Geef toestemming om uw melding te versturen.')
    default:
      // The organisation and the name; whether one is on behalf of someone else is a checkbox, never wrong.
      return msg('Deze naam is te lang.')
  }
}

/** The errors on one step's fields: the first thing the contract's schema for each request field refuses, in the widget's words. */
export function validateStep(step: number, a: Answers): FieldErrors {
  const errors: FieldErrors = new Map()
  const values: Record<string, unknown> = { ...requestFields(a), consent: a.consent }
  for (const key of STEP_FIELDS[step as keyof typeof STEP_FIELDS] ?? []) {
    const result = ConcernAnswers.shape[key].safeParse(values[key])
    for (const issue of result.error?.issues ?? []) {
      const field = fieldOf([key, ...issue.path.map(String)].join('.'))
      if (field && !errors.has(field)) errors.set(field, message(field, issue))
    }
  }
  return errors
}

/** The request body without the proof of work, once every step is valid; the channel says whether the form was in the page or behind the button. */
export function toConcernInput(a: Answers, partner: string, locale: Locale, shownAs: 'inline' | 'launcher'): Omit<ConcernInput, 'pow'> {
  const fields = requestFields(a)
  return {
    partner,
    ...fields,
    domain: fields.domain as Domain,
    wish: fields.wish as Wish,
    contact: fields.contact as ConcernInput['contact'],
    locale: apiLocale(locale),
    consent: true,
    channel: shownAs === 'launcher' ? 'widget-launcher' : 'widget-inline',
    website: a.website,
  }
}
