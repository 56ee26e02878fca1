import type { AppDeps } from '../app-deps.js'
import { enforceRateLimit } from '../http/rate-limit-guard.js'
import type { OperationHandler } from './operation-handler.js'

/** `getChallenge`: a fresh proof-of-work challenge for the widget to solve while the resident types. */
export function challengeHandler(deps: AppDeps): OperationHandler<'getChallenge'> {
  return async (c) => {
    await enforceRateLimit(c, deps, deps.limits.challenge)
    return c.json(await deps.pow.issue())
  }
}
