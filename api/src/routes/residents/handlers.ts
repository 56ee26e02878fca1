import { REFERENCE_PATTERN, ResidentMessageInput } from '@klankbord/contract'
import type { Context } from 'hono'
import type { AppDeps, AppEnv } from '../../app-deps.js'
import { parseBody } from '../../http/parse-input.js'
import { Problem } from '../../http/problem.js'
import { failureLimit } from '../../http/rate-limit-guard.js'
import { normaliseFollowUpCode } from '../../security/codes.js'
import { dataCopy, eraseOnRequest, postResidentMessage } from '../../services/residents/resident-actions.js'
import { residentTrace } from '../request-trace.js'

type Handler = (c: Context<AppEnv>) => Promise<Response>

/** Reference and code as the follow-up endpoint reads them; failures are rate limited, and a wrong code answers like an unknown reference. */
function credentials(c: Context<AppEnv>, deps: AppDeps): { reference: string; code: string; failed: () => never } {
  const countFailure = failureLimit(c, deps, deps.limits.followUp)
  const failed = (): never => {
    countFailure()
    throw new Problem('not-found')
  }
  const reference = (c.req.param('reference') ?? '').toUpperCase()
  const code = c.req.header('Follow-Up-Code')
  if (!code)
    throw new Problem('validation-failed', {
      invalidParams: [{ name: 'Follow-Up-Code', code: 'required', reason: 'Follow-Up-Code: vul uw volgcode in / enter your follow-up code.' }],
    })
  if (!REFERENCE_PATTERN.test(reference)) failed()
  return { reference, code: normaliseFollowUpCode(code), failed }
}

const residentDeps = (deps: AppDeps) => ({ db: deps.store.db, cipher: deps.cipher, followUp: deps.followUp, now: deps.now })

export const sendResidentMessageHandler = (deps: AppDeps): Handler => async (c) => {
  const { reference, code, failed } = credentials(c, deps)
  const { body } = await parseBody(c, ResidentMessageInput)
  if (!(await postResidentMessage(residentDeps(deps), reference, code, body, residentTrace(c, deps)))) failed()
  return c.body(null, 201)
}

export const getDataCopyHandler = (deps: AppDeps): Handler => async (c) => {
  const { reference, code, failed } = credentials(c, deps)
  const copy = await dataCopy(residentDeps(deps), reference, code, residentTrace(c, deps))
  if (!copy) return failed()
  return c.json(copy)
}

export const eraseConcernHandler = (deps: AppDeps): Handler => async (c) => {
  const { reference, code, failed } = credentials(c, deps)
  if (!(await eraseOnRequest(residentDeps(deps), reference, code, residentTrace(c, deps)))) failed()
  return c.body(null, 204)
}
