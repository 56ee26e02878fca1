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
