import { toPartnerInfo, type PartnerRecord } from '../../services/partners/find-partner.js'
import type { Context } from 'hono'
import type { ResidentLocale } from '@klankbord/contract/vocabulary'
import type { AppDeps, AppEnv } from '../../app-deps.js'
import { renderNotice } from '../../pages/render-notice.js'
import { pageText } from '../../pages/page-text.js'
import { REFUSAL_TEXTS as R } from '../../pages/meld/texts.js'
import { htmlPage } from '../../http/html-page.js'

/** The partner a /meld link or form names, or the page that says the link does not work (404, in the resident's language). */
export async function meldPartner(
  c: Context<AppEnv>,
  deps: AppDeps,
  key: string | undefined,
  locale: ResidentLocale,
): Promise<{ partner: PartnerRecord; info: ReturnType<typeof toPartnerInfo> } | { refusal: Promise<Response> }> {
  const partner = key ? await deps.partners.find(key) : undefined
  if (partner) return { partner, info: toPartnerInfo(partner) }
  const t = pageText(locale)
  const page = renderNotice({
    locale,
    t,
    title: t(R.unknownPartnerTitle),
    paragraphs: [t(R.unknownPartner)],
    languageHref: (code) => `/meld?${new URLSearchParams({ ...(key && { partner: key }), lang: code })}`,
  })
  return { refusal: htmlPage(c, page, 404) }
}
