import type { Problem } from './problem.js'

/** The problem+json body as far as it came: a proxy or a network error may send less than the contract promises. */
export type ProblemBody = Partial<Problem>

/**
 * A failed request, for every client of the API (the widget, the inbox): `status` 0 means the network failed,
 * `problem` is the server's problem+json as far as it came, `kind` the last segment of its type.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemBody = {},
    readonly retryAfterSeconds?: number,
  ) {
    super(problem.detail ?? `HTTP ${status}`)
  }

  /** `login-failed`, `not-found` …, or what kind of failure it was when no problem came; never personal data. */
  get kind(): string {
    return this.problem.type?.split(/[/:]/).pop() ?? (this.status ? 'http-error' : 'network-error')
  }
}
