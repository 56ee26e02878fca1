import type { Context } from 'hono'
import type { AppDeps, AppEnv } from '../../app-deps.js'
import { dutchToday } from '../../pages/format.js'
import { emptyAnswers } from '../../pages/meld/answers.js'
import { renderMeldStep } from '../../pages/meld/render-meld.js'
import { pageLocale } from '../../pages/page-locale.js'
import { pageText } from '../../pages/page-text.js'
import { newId } from '../../security/codes.js'
import { defaultPartnerKey } from '../../services/partners/default-partner.js'
import { htmlPage } from '../../http/html-page.js'
import { meldPartner } from './meld-partner.js'

/**
 * GET /meld?partner=KEY&channel=poster&lang=pl: the first page of the intake without scripts. Without a partner it is
 * the municipality's own (when there is one); a channel other than `poster` counts as the page itself.
 */
export const meldStartHandler = (deps: AppDeps) => async (c: Context<AppEnv>) => {
  const query = c.req.query()
  const locale = pageLocale(query.lang, c.req.header('Accept-Language'))
  const found = await meldPartner(c, deps, query.partner || (await defaultPartnerKey({ ...deps, trace: {} })), locale)
  if ('refusal' in found) return found.refusal
  const envelope = { partner: found.partner.key, channel: query.channel === 'poster' ? ('poster' as const) : ('no-script' as const), key: newId('idem') }
  const page = renderMeldStep({
    locale,
    t: pageText(locale),
    info: found.info,
    envelope,
    step: 'intro',
    answers: emptyAnswers(),
    errors: new Map(),
    today: dutchToday(deps.now()),
  })
  return htmlPage(c, page)
}
