/** The honeypot field was filled: a bot, which learns nothing about the other fields. */
export class SpamSuspectedError extends Error {
  constructor() {
    super('The honeypot field was filled')
  }
}

/** No partner has the key the widget sent. */
export class UnknownPartnerError extends Error {
  constructor() {
    super('Unknown partner key')
  }
}

/** The page that sent the concern is not one of the partner's allowed origins. */
export class OriginNotAllowedError extends Error {
  constructor() {
    super('Origin not allowed for this partner')
  }
}

/** The proof of work is missing or does not verify. */
export class ProofOfWorkFailedError extends Error {
  constructor(message = 'Proof of work missing or invalid') {
    super(message)
  }
}

/** The proof-of-work solution already stored another concern: spent, so it fails like a wrong one. */
export class ChallengeSpentError extends ProofOfWorkFailedError {
  constructor() {
    super('This proof-of-work solution was already used')
  }
}

export class IdempotencyConflictError extends Error {
  constructor() {
    super('Idempotency key was used for a different request')
  }
}

/** The rows were committed but could not be made durable; the caller must not acknowledge them. */
export class FlushFailedError extends Error {
  constructor(cause: unknown) {
    super('Flushing the write-ahead log failed', { cause })
    this.name = 'FlushFailedError'
  }
}
