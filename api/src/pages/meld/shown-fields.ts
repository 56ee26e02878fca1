import type { MeldAnswers } from './answers.js'
import type { StepId } from './steps.js'

const SHOWN: Record<Exclude<StepId, 'details'>, readonly string[]> = {
  intro: [],
  domain: ['domain'],
  story: ['kinds', 'description', 'organisation', 'decisionDate'],
  wish: ['wish'],
  contact: ['contactMode', 'onBehalfOf', 'website'],
  privacy: ['consent'],
  review: [],
}

/** The form fields a page shows; every other answer travels on in a hidden field. The details page shows the chosen way's. */
export function shownFields(step: StepId, a: MeldAnswers): ReadonlySet<string> {
  if (step !== 'details') return new Set(SHOWN[step])
  return new Set(a.contactMode === 'email' ? ['email', 'name'] : ['phone', 'bestTime', 'name'])
}
