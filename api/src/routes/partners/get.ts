import type { Context } from 'hono'
import { LIMITS } from '@klankbord/contract/vocabulary'
import type { AppDeps, AppEnv } from '../../app-deps.js'
import { preferredLocale } from '../../http/language.js'
import { Problem } from '../../http/problem.js'
import { toPartnerInfo } from '../../services/partners/find-partner.js'

/** GET /api/v1/partners/{key}: what the widget shows about the site and the confidant. */
export function getPartnerHandler(deps: AppDeps) {
  return async (c: Context<AppEnv>) => {
    const key = c.req.param('key') ?? ''
    if (key.length > LIMITS.partnerKeyMax) {
      const reason = { nl: `key: gebruik hoogstens ${LIMITS.partnerKeyMax} tekens.`, en: `key: use at most ${LIMITS.partnerKeyMax} characters.` }
      throw new Problem('validation-failed', { invalidParams: [{ name: 'key', code: 'too-long', reason: reason[preferredLocale(c.req.header('Accept-Language'))] }] })
    }
    const partner = await deps.partners.find(key)
    if (!partner) throw new Problem('unknown-partner')
    c.header('Cache-Control', 'public, max-age=300')
    return c.json(toPartnerInfo(partner))
  }
}
