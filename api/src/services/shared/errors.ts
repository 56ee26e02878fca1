import type { PersonalDataHit } from '@klankbord/contract'

/**
 * Input that is valid on its own but not here (a case, a municipality outside one's scope, a taken e-mail address):
 * reported like a validation error on one field. Shared by every service that checks input against the store.
 */
export class InputError extends Error {
  constructor(
    readonly field: string,
    readonly code: string,
    readonly reason: { nl: string; en: string },
  ) {
    super(reason.en)
  }
}

/** A text for the municipality seems to hold personal data and the confidant has not confirmed it does not. */
export class PersonalDataSuspectedError extends Error {
  constructor(readonly hits: { field: 'theme' | 'text' | 'response'; hits: PersonalDataHit[] }[]) {
    super('Personal data suspected')
  }
}
