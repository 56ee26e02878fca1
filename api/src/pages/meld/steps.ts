import { ConcernAnswers } from '@klankbord/contract/concern-answers'
import type { PageText } from '../page-text.js'
import type { MeldAnswers } from './answers.js'
import { checkFields, type FieldErrors } from './field-errors.js'

/** The pages of /meld in order: the widget's steps, with the contact details on a page of their own (there is no script to show them on choosing). */
export const STEPS = ['intro', 'domain', 'story', 'wish', 'contact', 'details', 'privacy', 'review'] as const
export type StepId = (typeof STEPS)[number]

export const isStep = (value: unknown): value is StepId => typeof value === 'string' && (STEPS as readonly string[]).includes(value)

/** "Step n of 6", counted as the widget counts: the details belong to the contact step, the review is the last. */
export const STEP_NUMBER: Record<Exclude<StepId, 'intro'>, number> = { domain: 1, story: 2, wish: 3, contact: 4, details: 4, privacy: 5, review: 6 }
export const STEP_COUNT = 6

const needsDetails = (a: MeldAnswers) => a.contactMode === 'email' || a.contactMode === 'phone'

export function nextStep(step: StepId, a: MeldAnswers): StepId {
  const next = STEPS[Math.min(STEPS.indexOf(step) + 1, STEPS.length - 1)]!
  return next === 'details' && !needsDetails(a) ? 'privacy' : next
}

export function previousStep(step: StepId, a: MeldAnswers): StepId {
  const previous = STEPS[Math.max(STEPS.indexOf(step) - 1, 0)]!
  return previous === 'details' && !needsDetails(a) ? 'contact' : previous
}

/** What a step checks before the resident may go on, with the contract's schema of each field it asks. */
export function checkStep(step: StepId, a: MeldAnswers, t: PageText): FieldErrors {
  switch (step) {
    case 'domain':
      return checkFields(['domain'], a, t)
    case 'story':
      return checkFields(['kinds', 'description', 'organisation', 'decisionDate'], a, t)
    case 'wish':
      return checkFields(['wish'], a, t)
    case 'contact':
      return checkFields(['contact'], a, t, ['contactMode'])
    case 'details':
      return checkFields(['contact'], a, t)
    case 'privacy':
      return checkFields(['consent'], a, t)
    case 'review':
      return checkFields(Object.keys(ConcernAnswers.shape) as (keyof typeof ConcernAnswers.shape)[], a, t)
    default:
      return new Map()
  }
}

/** The page that asks a field, to send the resident back to the first one with an error. */
export function stepOfField(field: string): StepId {
  if (field === 'domain') return 'domain'
  if (['kinds', 'description', 'organisation', 'decisionDate'].includes(field)) return 'story'
  if (field === 'wish') return 'wish'
  if (field === 'contactMode' || field === 'onBehalfOf') return 'contact'
  if (field === 'consent') return 'privacy'
  return 'details'
}
