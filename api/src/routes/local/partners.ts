import type { AppDeps } from '../../app-deps.js'
import { Problem } from '../../http/problem.js'
import { toPartnerInfo } from '../../services/partners/find-partner.js'
import type { OperationHandler } from '../operation-handler.js'

/** `getPartnerLocal`: what `klankbord poster` prints, read through the running server. */
export const localPartnerHandler = (deps: AppDeps): OperationHandler<'getPartnerLocal'> => async (c, { params }) => {
  const partner = await deps.partners.find(params().key)
  if (!partner) throw new Problem('not-found', { detail: { nl: 'Er is geen partner met deze sleutel.', en: 'There is no partner with this key.' } })
  return c.json(toPartnerInfo(partner))
}
