import { normaliseFollowUpCode, normaliseReference } from '@klankbord/contract/follow-up-codes'
import type { Context } from 'hono'
import type { AppDeps, AppEnv } from '../../app-deps.js'
import { clientIp } from '../../http/client-ip.js'
import { htmlPage } from '../../http/html-page.js'
import { readForm } from '../../http/read-form.js'
import { renderMeldEnd } from '../../pages/meld/render-meld.js'
import { REFUSAL_TEXTS as R } from '../../pages/meld/texts.js'
import { isPageLocale } from '../../pages/page-locale.js'
import { pageText } from '../../pages/page-text.js'
import { renderNotice } from '../../pages/render-notice.js'
import { getConfirmation } from '../../services/concerns/get-confirmation.js'
import { toPartnerInfo } from '../../services/partners/find-partner.js'
import { residentContext } from '../service-context.js'

/**
 * POST /meld/verstuurd: the end page of /meld again, in the language chosen on it. It needs the reference and the code
 * as the follow-up does, and a wrong pair counts against the address in the same way.
 */
export const meldConfirmationHandler = (deps: AppDeps) => async (c: Context<AppEnv>) => {
  const form = await readForm(c)
  const switchTo = form.get('switchTo')
  const locale = isPageLocale(switchTo) ? switchTo : 'nl'
  const t = pageText(locale)
  const address = clientIp(c, deps.config.trustProxy)
  const refuse = async () => {
    if (deps.config.rateLimit) await deps.limits.followUp.hit(address)
    return htmlPage(c, renderNotice({ locale, t, title: t(R.brokenTitle), paragraphs: [t(R.broken)] }), 400)
  }
  if (deps.config.rateLimit && (await deps.limits.followUp.blockedFor(address)) !== undefined) return refuse()
  const reference = normaliseReference(form.get('reference') ?? '')
  const code = normaliseFollowUpCode(form.get('code') ?? '')
  const partner = await deps.partners.find(form.get('partner') ?? '')
  if (!reference || !code || !partner) return refuse()
  const confirmation = await getConfirmation(residentContext(c, deps), { reference, code })
  if (!confirmation || confirmation.partnerId !== partner.id) return refuse()
  const origin = deps.config.publicUrl ?? new URL(c.req.url).origin
  return htmlPage(c, renderMeldEnd({ locale, t, info: toPartnerInfo(partner), created: confirmation.created, contactMode: confirmation.contactMode, origin, partnerKey: partner.key }))
}
