import { emptyIntakeDraft, type IntakeDraft } from '@klankbord/contract/intake-draft'

/** Steps 1 to 6 ask questions; step 6 is the review, step 7 the confirmation. */
export const STEP_COUNT = 6

/** What the resident has filled in so far; kept across Back and Next. */
export type Answers = IntakeDraft

export type Field = Exclude<keyof Answers, 'website'>

/** Ordered list of field errors, shown in the summary and at each field. */
export type FieldErrors = Map<Field, string>

export const emptyAnswers: () => Answers = emptyIntakeDraft

/** The step on which each field is asked. */
export const FIELD_STEP: Record<Field, number> = {
  domain: 1,
  kinds: 2,
  description: 2,
  organisation: 2,
  decisionDate: 2,
  wish: 3,
  contactMode: 4,
  email: 4,
  phone: 4,
  name: 4,
  bestTime: 4,
  onBehalfOf: 4,
  consent: 5,
}

/** Maps a server field path such as `contact.email` to a field of the form. */
export function fieldOf(path: string): Field | undefined {
  const key = path.replace(/^contact\.(?!mode)/, '').replace(/^contact\.mode$|^contact$/, 'contactMode').split('.')[0]
  return key && key in FIELD_STEP ? (key as Field) : undefined
}
