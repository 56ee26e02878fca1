import { embedSnippet, posterTargetUrl } from '@klankbord/contract'
import { renderPoster } from '@klankbord/dashboard/poster'
import type { Context } from 'hono'
import type { AppDeps, AppEnv } from '../../app-deps.js'
import { Problem } from '../../http/problem.js'
import { findPartnerById, toPartnerInfo } from '../../services/partners/find-partner.js'
import type { OperationHandler } from '../operation-handler.js'
import { widgetRelease } from '../widget/widget-release.js'
import { posterFileName } from './poster-file-name.js'

const UNKNOWN_PARTNER = { nl: 'Deze partner bestaat niet (meer).', en: 'This partner does not exist (any more).' }

/** The address residents and partner pages use: the configured public URL, or else the address this request came to. */
const publicBase = (c: Context<AppEnv>, deps: AppDeps): string => deps.config.publicUrl ?? new URL(c.req.url).origin

async function partnerOrNotFound(deps: AppDeps, id: string) {
  const partner = await findPartnerById(deps.store.db, id)
  if (!partner) throw new Problem('not-found', { detail: UNKNOWN_PARTNER })
  return partner
}

/** `getPartnerKit`: the embed code with the versioned script and its integrity hash, the preview and the QR target. */
export const getPartnerKitHandler = (deps: AppDeps): OperationHandler<'getPartnerKit'> => async (c, { params }) => {
  const partner = await partnerOrNotFound(deps, params().id)
  const base = publicBase(c, deps)
  const widget = await widgetRelease(base)
  return c.json({
    widget,
    inlineSnippet: embedSnippet(widget, partner.key, 'inline'),
    launcherSnippet: embedSnippet(widget, partner.key, 'launcher'),
    // Relative, so the inbox frames it from its own origin (the preview allows only that).
    previewUrl: `/preview?partner=${encodeURIComponent(partner.key)}`,
    posterUrl: posterTargetUrl(base, partner.key),
  })
}

/** `getPartnerPoster`: the A4 poster or A6 flyer as a tagged PDF, downloaded by the administrator. */
export const getPartnerPosterHandler = (deps: AppDeps): OperationHandler<'getPartnerPoster'> => async (c, { params, query }) => {
  const partner = await partnerOrNotFound(deps, params().id)
  const { language, format } = query()
  const pdf = await renderPoster({ info: toPartnerInfo(partner), language, format, targetUrl: posterTargetUrl(publicBase(c, deps), partner.key), created: deps.now() })
  return c.body(new Uint8Array(pdf), 200, { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="${posterFileName(partner.key, format, language)}"` })
}
