import type { ConcernInput } from '@klankbord/contract'
import { ConcernAnswers } from '@klankbord/contract/concern-answers'
import { emptyIntakeDraft, type IntakeDraft } from '@klankbord/contract/intake-draft'

/**
 * What the resident typed or chose so far, exactly as typed: carried from page to page in the form. The widget's
 * draft, with any string where it holds a code (a posted form may hold anything until it is checked).
 */
export type MeldAnswers = { [Field in keyof IntakeDraft]: IntakeDraft[Field] extends string ? string : IntakeDraft[Field] extends readonly string[] ? string[] : IntakeDraft[Field] }

export type AnswerField = Exclude<keyof MeldAnswers, 'website'>

const TEXT_FIELDS = ['domain', 'description', 'organisation', 'decisionDate', 'wish', 'contactMode', 'email', 'phone', 'name', 'bestTime', 'website'] as const
const CHECKBOXES = ['onBehalfOf', 'consent'] as const

/** The answers in a posted form; what is not there is empty. */
export function answersFrom(form: URLSearchParams): MeldAnswers {
  const text = Object.fromEntries(TEXT_FIELDS.map((name) => [name, form.get(name) ?? ''])) as Record<(typeof TEXT_FIELDS)[number], string>
  const boxes = Object.fromEntries(CHECKBOXES.map((name) => [name, form.get(name) === 'on'])) as Record<(typeof CHECKBOXES)[number], boolean>
  return { ...text, ...boxes, kinds: form.getAll('kinds') }
}

/** The answers as form fields, for the pages that do not show them: every value travels on unchanged. */
export function answerFields(a: MeldAnswers): [string, string][] {
  return [
    ...TEXT_FIELDS.map((name): [string, string] => [name, a[name]]),
    ...a.kinds.map((kind): [string, string] => ['kinds', kind]),
    ...CHECKBOXES.filter((name) => a[name]).map((name): [string, string] => [name, 'on']),
  ]
}

const optional = (value: string) => value.trim() || undefined

/** The contact the request carries, for the chosen way; the fields of the other ways stay in the form but are not sent. */
function contactOf(a: MeldAnswers) {
  const name = optional(a.name)
  if (a.contactMode === 'email') return { mode: 'email', email: a.email.trim(), ...(name && { name }) }
  if (a.contactMode === 'phone') return { mode: 'phone', phone: a.phone.trim(), ...(name && { name }), ...(optional(a.bestTime) && { bestTime: a.bestTime.trim() }) }
  return { mode: a.contactMode }
}

/** The request fields the answers make, still unchecked: trimmed, empty optional fields left out (as the widget sends them). */
export function requestFields(a: MeldAnswers): Record<keyof typeof ConcernAnswers.shape, unknown> {
  return {
    domain: a.domain,
    kinds: a.kinds,
    description: a.description.trim(),
    wish: a.wish,
    organisation: optional(a.organisation),
    decisionDate: a.decisionDate || undefined,
    onBehalfOf: a.onBehalfOf,
    contact: contactOf(a),
    consent: a.consent,
  }
}

/** The whole request to check with the contract's ConcernInput, as the JSON API checks the widget's. */
export function concernRequest(a: MeldAnswers, envelope: { partner: string; locale: 'nl' | 'en'; channel: 'no-script' | 'poster' }): ConcernInput {
  const { organisation, decisionDate, ...fields } = requestFields(a)
  return {
    partner: envelope.partner,
    ...fields,
    ...(organisation !== undefined && { organisation }),
    ...(decisionDate !== undefined && { decisionDate }),
    locale: envelope.locale,
    channel: envelope.channel,
    website: a.website,
  } as ConcernInput
}

// The widget's draft fits: its codes are strings too.
export const emptyAnswers = (): MeldAnswers => emptyIntakeDraft()
