import { operationPath } from '@klankbord/contract/api-path'
import type { AppDeps } from '../../app-deps.js'
import { preferredLocale } from '../../http/language.js'
import { enforceRateLimit } from '../../http/rate-limit-guard.js'
import { refuseFilledHoneypot } from '../../services/intake/honeypot.js'
import { receiveConcern } from '../../services/intake/receive-concern.js'
import type { OperationHandler } from '../operation-handler.js'
import { residentContext } from '../service-context.js'

/** `createConcern`: a resident raises a concern through a partner's widget; the intake service checks and stores it. */
export function createConcernHandler(deps: AppDeps): OperationHandler<'createConcern'> {
  return async (c, { body }) => {
    await enforceRateLimit(c, deps, deps.limits.intake)
    const concern = await body((json) => {
      // Errors, the validation's included, speak the language the resident chose in the form.
      c.set('locale', preferredLocale(c.req.header('Accept-Language'), (json as { locale?: unknown } | null)?.locale))
      refuseFilledHoneypot(json)
    })
    const result = await receiveConcern(residentContext(c, deps), { concern, idempotencyKey: c.req.header('Idempotency-Key'), pageOrigin: c.req.header('Origin') })
    c.header('Location', operationPath('getConcernFollowUp', { reference: result.created.reference }))
    if (result.replayed) c.header('Idempotent-Replayed', 'true')
    return c.json(result.created, 201)
  }
}
