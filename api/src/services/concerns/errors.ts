/** The case does not exist for this user (outside their municipalities counts as not existing). */
export class CaseNotFoundError extends Error {}

export class TransitionError extends Error {}
