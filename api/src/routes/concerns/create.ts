import type { Context } from 'hono'
import { ConcernInput, IDEMPOTENCY_KEY_PATTERN } from '@klankbord/contract'
import type { AppDeps, AppEnv } from '../../app-deps.js'
import { preferredLocale } from '../../http/language.js'
import { Problem } from '../../http/problem.js'
import { enforceRateLimit } from '../../http/rate-limit-guard.js'
import { readJson } from '../../http/read-json.js'
import { toInvalidParams } from '../../http/validation-messages.js'
import { createConcern } from '../../services/concerns/create-concern.js'


const filledHoneypot = (body: unknown): boolean => {
  const website = (body as { website?: unknown } | null)?.website
  return website !== undefined && website !== null && website !== ''
}

/** POST /api/v1/concerns: a resident raises a concern through a partner's widget. */
export function createConcernHandler(deps: AppDeps) {
  return async (c: Context<AppEnv>) => {
    enforceRateLimit(c, deps, deps.limits.intake)
    const body = await readJson(c)
    const locale = preferredLocale(c.req.header('Accept-Language'), (body as { locale?: unknown } | null)?.locale)
    c.set('locale', locale)
    // Before validation: a bot that filled the honeypot learns nothing about its fields, whatever else it sent.
    if (filledHoneypot(body)) throw new Problem('spam-suspected')
    const parsed = ConcernInput.safeParse(body, { reportInput: true })
    if (!parsed.success) throw new Problem('validation-failed', { invalidParams: toInvalidParams(parsed.error.issues, locale) })
    const input = parsed.data

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
    c.header('Location', `/api/v1/concerns/${result.created.reference}`)
    if (result.replayed) c.header('Idempotent-Replayed', 'true')
    return c.json(result.created, 201)
  }
}
