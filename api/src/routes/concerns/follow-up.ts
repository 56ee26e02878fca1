import type { Context } from 'hono'
import { REFERENCE_PATTERN } from '@klankbord/contract'
import type { AppDeps, AppEnv } from '../../app-deps.js'
import { Problem } from '../../http/problem.js'
import { failureLimit } from '../../http/rate-limit-guard.js'
import { normaliseFollowUpCode } from '../../security/codes.js'
import { getFollowUp } from '../../services/concerns/get-follow-up.js'
import { residentTrace } from '../request-trace.js'

/**
 * GET /api/v1/concerns/{reference} with the Follow-Up-Code header. The code travels in a header, not the
 * URL, so it never lands in logs or browser history. Unknown reference and wrong code look the same,
 * and failed attempts are rate limited, so codes cannot be guessed.
 */
export function followUpHandler(deps: AppDeps) {
  return async (c: Context<AppEnv>) => {
    const failed = failureLimit(c, deps, deps.limits.followUp)
    const reference = (c.req.param('reference') ?? '').toUpperCase()
    const code = c.req.header('Follow-Up-Code')
    if (!code)
      throw new Problem('validation-failed', {
        invalidParams: [{ name: 'Follow-Up-Code', code: 'required', reason: 'Follow-Up-Code: vul uw volgcode in / enter your follow-up code.' }],
      })
    if (!REFERENCE_PATTERN.test(reference)) {
      failed()
      throw new Problem('not-found')
    }
    const followUp = await getFollowUp(deps, reference, normaliseFollowUpCode(code), residentTrace(c, deps))
    if (!followUp) {
      failed()
      throw new Problem('not-found')
    }
    return c.json(followUp)
  }
}
