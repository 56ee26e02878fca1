import { REFERENCE_PATTERN } from '@klankbord/contract'
import type { Context } from 'hono'
import type { AppDeps, AppEnv } from '../../app-deps.js'
import { Problem } from '../../http/problem.js'
import { failureLimit } from '../../http/rate-limit-guard.js'
import { normaliseFollowUpCode } from '../../security/codes.js'

export type FollowUpCredentials = {
  readonly reference: string
  readonly code: string
  /** Counts a failed attempt and answers 404, as for an unknown reference. */
  readonly failed: () => Promise<never>
}

/**
 * The reference in the path and the code in the Follow-Up-Code header, as every resident operation on a concern reads
 * them. Unknown reference and wrong code look the same, and failed attempts are rate limited, so codes cannot be guessed.
 */
export async function followUpCredentials(c: Context<AppEnv>, deps: AppDeps): Promise<FollowUpCredentials> {
  const countFailure = await failureLimit(c, deps, deps.limits.followUp)
  const failed = async (): Promise<never> => {
    await countFailure()
    throw new Problem('not-found')
  }
  const reference = (c.req.param('reference') ?? '').toUpperCase()
  const code = c.req.header('Follow-Up-Code')
  if (!code)
    throw new Problem('validation-failed', {
      invalidParams: [{ name: 'Follow-Up-Code', code: 'required', reason: 'Follow-Up-Code: vul uw volgcode in / enter your follow-up code.' }],
    })
  if (!REFERENCE_PATTERN.test(reference)) await failed()
  return { reference, code: normaliseFollowUpCode(code), failed }
}
