/** The case does not exist for this user (outside their municipalities counts as not existing). */
export class CaseNotFoundError extends Error {}

/** A resident wrote about a concern whose personal data is erased. */
export class ConcernErasedError extends Error {}

/** The case cannot go from its status to the one asked for (STATUS_TRANSITIONS). */
export class TransitionError extends Error {}
