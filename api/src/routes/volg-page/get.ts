import type { Context } from 'hono'
import type { AppDeps, AppEnv } from '../../app-deps.js'
import { dutchToday } from '../../pages/format.js'
import { pageLocale } from '../../pages/page-locale.js'
import { pageText } from '../../pages/page-text.js'
import { renderLookup } from '../../pages/volg/render-lookup.js'
import { htmlPage } from '../../http/html-page.js'

/** GET /volg/zonder-script?lang=pl: the follow-up form without scripts. */
export const volgFormHandler = (deps: AppDeps) => async (c: Context<AppEnv>) => {
  const locale = pageLocale(c.req.query('lang'), c.req.header('Accept-Language'))
  return htmlPage(c, renderLookup({ locale, t: pageText(locale), today: dutchToday(deps.now()), reference: '', errors: new Map() }))
}
