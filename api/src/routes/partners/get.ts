import type { AppDeps } from '../../app-deps.js'
import { Problem } from '../../http/problem.js'
import { toPartnerInfo } from '../../services/partners/find-partner.js'
import type { OperationHandler } from '../operation-handler.js'

/** `getPartner`: what the widget shows about the site and the confidant. */
export function getPartnerHandler(deps: AppDeps): OperationHandler<'getPartner'> {
  return async (c, { params }) => {
    const partner = await deps.partners.find(params().key)
    if (!partner) throw new Problem('unknown-partner')
    c.header('Cache-Control', 'public, max-age=300')
    return c.json(toPartnerInfo(partner))
  }
}
