import { ResidentMessageInput } from '@klankbord/contract'
import { foreignCharacters, normaliseFollowUpCode, normaliseReference } from '@klankbord/contract/follow-up-codes'
import type { Context } from 'hono'
import type { AppDeps, AppEnv } from '../../app-deps.js'
import { clientIp } from '../../http/client-ip.js'
import { readForm } from '../../http/read-form.js'
import { dutchToday, formatClock } from '../../pages/format.js'
import { isPageLocale, pageLocale } from '../../pages/page-locale.js'
import { pageText, type PageText } from '../../pages/page-text.js'
import { renderConcern } from '../../pages/volg/render-concern.js'
import { renderLookup } from '../../pages/volg/render-lookup.js'
import { REPLY_TEXTS as R, VOLG_TEXTS as V } from '../../pages/volg/texts.js'
import { getFollowUp } from '../../services/concerns/get-follow-up.js'
import { postResidentMessage } from '../../services/concerns/post-resident-message.js'
import { htmlPage } from '../../http/html-page.js'
import { residentContext } from '../service-context.js'

type LookupErrors = Map<'reference' | 'code', string>

/** What is wrong with what was typed, in the widget's words, before the store is asked. */
function lookupErrors(typedReference: string, typedCode: string, t: PageText): LookupErrors {
  const errors: LookupErrors = new Map()
  if (!normaliseReference(typedReference)) errors.set('reference', typedReference.trim() ? t(V.referenceWrong) : t(V.referenceMissing))
  if (!normaliseFollowUpCode(typedCode)) {
    const foreign = foreignCharacters(typedCode)
    errors.set('code', !typedCode.trim() ? t(V.codeMissing) : foreign.length ? t(V.codeForeign, foreign.join(', ')) : t(V.codeWrong))
  }
  return errors
}

/**
 * POST /volg/zonder-script: reference and code from the form (never from a URL) show the concern, and a reply in the
 * same form is sent with them. Wrong codes and unknown references look the same and count against the address, as
 * in the API.
 */
export const volgLookupHandler = (deps: AppDeps) => async (c: Context<AppEnv>) => {
  const form = await readForm(c)
  const switchTo = form.get('switchTo')
  const locale = isPageLocale(switchTo) ? switchTo : pageLocale(form.get('lang') ?? undefined, c.req.header('Accept-Language'))
  const t = pageText(locale)
  const today = dutchToday(deps.now())
  const typedReference = form.get('reference') ?? ''
  const lookup = (errors: LookupErrors, status: 400 | 404 | 429, alert?: string) =>
    htmlPage(c, renderLookup({ locale, t, today, reference: typedReference, errors, alert }), status)

  const address = clientIp(c, deps.config.trustProxy)
  const wait = deps.config.rateLimit ? await deps.limits.followUp.blockedFor(address) : undefined
  if (wait !== undefined) {
    c.header('Retry-After', String(wait))
    return lookup(new Map(), 429, t(V.tooOften, formatClock(new Date(deps.now().getTime() + wait * 1000), locale)))
  }
  const errors = lookupErrors(typedReference, form.get('code') ?? '', t)
  if (errors.size) return lookup(errors, 400)
  const credentials = { reference: normaliseReference(typedReference)!, code: normaliseFollowUpCode(form.get('code')!)! }
  const context = residentContext(c, deps)
  const reply = form.get('reply')
  let replyState: { text: string; error?: string; sent?: boolean } = { text: '' }
  if (reply !== null) {
    const parsed = ResidentMessageInput.safeParse({ body: reply })
    if (!parsed.success) replyState = { text: reply, error: reply.trim() ? t(R.tooLong) : t(R.empty) }
    else if (await postResidentMessage(context, credentials, parsed.data.body)) replyState = { text: '', sent: true }
  }
  const concern = await getFollowUp(context, credentials)
  if (!concern) {
    if (deps.config.rateLimit) await deps.limits.followUp.hit(address)
    return lookup(new Map(), 404, t(V.notFound))
  }
  const page = renderConcern({ locale, t, today, concern, code: credentials.code, reply: replyState })
  return htmlPage(c, page, replyState.error ? 400 : 200)
}
