import type { Context } from 'hono'
import type { AppDeps, AppEnv } from '../app-deps.js'
import { enforceRateLimit } from '../http/rate-limit-guard.js'

/** GET /api/v1/challenge: a fresh proof-of-work challenge for the widget to solve while the resident types. */
export function challengeHandler(deps: AppDeps) {
  return async (c: Context<AppEnv>) => {
    enforceRateLimit(c, deps, deps.limits.challenge)
    return c.json(await deps.pow.issue())
  }
}
