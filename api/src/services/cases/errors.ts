/** The case does not exist for this user (outside their municipalities counts as not existing). */
export class CaseNotFoundError extends Error {}

export class TransitionError extends Error {}

/** Input that is valid on its own but not for this case: reported like a validation error on one field. */
export class CaseInputError extends Error {
  constructor(
    readonly field: string,
    readonly code: string,
    readonly reason: { nl: string; en: string },
  ) {
    super(reason.en)
  }
}
