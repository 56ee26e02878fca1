import { IDEMPOTENCY_KEY_PATTERN } from '@klankbord/contract'
import { operationPath } from '@klankbord/contract/api-path'
import type { AppDeps } from '../../app-deps.js'
import { preferredLocale } from '../../http/language.js'
import { Problem } from '../../http/problem.js'
import { enforceRateLimit } from '../../http/rate-limit-guard.js'
import { createConcern } from '../../services/intake/create-concern.js'
import type { OperationHandler } from '../operation-handler.js'

const filledHoneypot = (body: unknown): boolean => {
  const website = (body as { website?: unknown } | null)?.website
  return website !== undefined && website !== null && website !== ''
}

/** `createConcern`: a resident raises a concern through a partner's widget. */
export function createConcernHandler(deps: AppDeps): OperationHandler<'createConcern'> {
  return async (c, { body }) => {
    enforceRateLimit(c, deps, deps.limits.intake)
    const input = await body((json) => {
      // Errors, the validation's included, speak the language the resident chose in the form.
      c.set('locale', preferredLocale(c.req.header('Accept-Language'), (json as { locale?: unknown } | null)?.locale))
      // Before validation: a bot that filled the honeypot learns nothing about its fields, whatever else it sent.
      if (filledHoneypot(json)) throw new Problem('spam-suspected')
    })
    const locale = c.get('locale') ?? preferredLocale(c.req.header('Accept-Language'))

    const idempotencyKey = c.req.header('Idempotency-Key')
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY_PATTERN.test(idempotencyKey)) {
      const reason = locale === 'nl' ? 'Idempotency-Key: gebruik 8 tot 128 letters, cijfers, - of _.' : 'Idempotency-Key: use 8 to 128 letters, digits, - or _.'
      throw new Problem('validation-failed', { invalidParams: [{ name: 'Idempotency-Key', code: 'invalid-format', reason }] })
    }

    const partner = await deps.partners.find(input.partner)
    if (!partner) throw new Problem('unknown-partner')
    const origin = c.req.header('Origin')
    if (origin !== undefined && !partner.allowedOrigins.includes(origin)) throw new Problem('origin-not-allowed')

    const verifiedPow = deps.config.proofOfWork ? input.pow : undefined
    const concernOrigin = { partnerId: partner.id, municipalityId: partner.municipality.id, firstContactWorkingDays: partner.municipality.settings.firstContactWorkingDays }
    const result = await createConcern(deps, input, concernOrigin, {
      channel: 'widget',
      idempotencyKey,
      beforeStore: deps.config.proofOfWork
        ? async () => {
            if (!(await deps.pow.verify(verifiedPow))) throw new Problem('pow-failed')
          }
        : undefined,
      spends: verifiedPow ? deps.pow.spending(verifiedPow) : undefined,
    })
    c.header('Location', operationPath('getConcernFollowUp', { reference: result.created.reference }))
    if (result.replayed) c.header('Idempotent-Replayed', 'true')
    return c.json(result.created, 201)
  }
}
