import { ConcernAnswers } from '@klankbord/contract/concern-answers'
import type { PageText } from '../page-text.js'
import { requestFields, type AnswerField, type MeldAnswers } from './answers.js'

/** The widget's words for what the contract refuses (widget/src/validation.ts), so both forms say the same. */
export const ERROR_TEXTS = {
  controlCharacter: 'Hier staat een onzichtbaar teken in. Haal het weg of typ de tekst opnieuw.',
  domain: 'Kies waar het over gaat.',
  kinds: 'Kies wat er mis ging. U mag meer dan één keuze maken.',
  descriptionTooLong: 'Uw tekst is te lang. Maak hem korter.',
  description: 'Schrijf kort op wat er gebeurde.',
  decisionDate: 'Vul een datum in die niet in de toekomst ligt.',
  wish: 'Kies wat u zou helpen.',
  contactMode: 'Kies hoe wij u kunnen bereiken.',
  email: 'Vul een goed e-mailadres in, zoals naam@voorbeeld.nl.',
  phone: 'Vul een goed telefoonnummer in, zoals 06 12345678.',
  bestTime: 'Deze tekst is te lang.',
  consent: 'Geef toestemming om uw melding te versturen.',
  nameTooLong: 'Deze naam is te lang.',
} as const

export type FieldErrors = Map<AnswerField, string>
type RequestField = keyof typeof ConcernAnswers.shape
type Issue = { code: string; path: PropertyKey[]; params?: unknown }

/** The form field an issue of a request field points at: `contact.email` is the e-mail field, `contact` itself the choice of way. */
function fieldOf(key: RequestField, path: PropertyKey[]): AnswerField {
  if (key !== 'contact') return key
  const inner = path[0]
  return inner === 'email' || inner === 'phone' || inner === 'name' || inner === 'bestTime' ? inner : 'contactMode'
}

function message(field: AnswerField, issue: Issue, t: PageText): string {
  if (issue.code === 'custom' && (issue.params as { reason?: string } | undefined)?.reason === 'control-character') return t(ERROR_TEXTS.controlCharacter)
  if (field === 'description' && issue.code === 'too_big') return t(ERROR_TEXTS.descriptionTooLong)
  if (field === 'organisation' || field === 'name' || field === 'onBehalfOf') return t(ERROR_TEXTS.nameTooLong)
  return t(ERROR_TEXTS[field])
}

/**
 * The errors on some request fields: the first thing the contract's own schema for each refuses, in the resident's
 * words. `only` keeps the errors of some form fields (the choice of way, before its details are asked).
 */
export function checkFields(keys: readonly RequestField[], a: MeldAnswers, t: PageText, only?: readonly AnswerField[]): FieldErrors {
  const errors: FieldErrors = new Map()
  const values = requestFields(a)
  for (const key of keys) {
    for (const issue of ConcernAnswers.shape[key].safeParse(values[key]).error?.issues ?? []) {
      const field = fieldOf(key, issue.path)
      if ((!only || only.includes(field)) && !errors.has(field)) errors.set(field, message(field, issue, t))
    }
  }
  return errors
}
