import { renderAccessPage, stateFromSearch, type NoAccess } from '@klankbord/dashboard/page'
import type { Context } from 'hono'
import type { AppDeps, AppEnv } from '../../app-deps.js'
import { guard } from '../../auth/guard.js'
import { OPERATIONS } from '@klankbord/contract/operations'
import { compressedBody } from '../../http/compressed.js'
import { Problem } from '../../http/problem.js'
import { PUBLICATION_HEADER } from '../../http/publication-header.js'

type Handler = (c: Context<AppEnv>) => Promise<Response>

const HTML = 'text/html; charset=utf-8'

/** The dashboard shows the statistics, so whoever may read them (the access table's row) may see it. */
const STATISTICS = OPERATIONS.listStatistics

async function accessOf(c: Context<AppEnv>, deps: AppDeps): Promise<'granted' | NoAccess> {
  try {
    await guard(STATISTICS, deps)(c, async () => {})
    return 'granted'
  } catch (error) {
    if (error instanceof Problem && (error.kind === 'unauthorized' || error.kind === 'forbidden')) return error.kind
    throw error
  }
}

/**
 * GET /dashboard/: the council dashboard, drawn on the server for the filters in the query string. Without access
 * it explains how to log in (still 200: it is the page, not an API error). A link with choices the publication
 * does not offer, or with empty form fields, is sent on to the address of what it shows.
 */
export const dashboardPageHandler = (deps: AppDeps): Handler => async (c) => {
  const { search, pathname } = new URL(c.req.url)
  const access = await accessOf(c, deps)
  if (access !== 'granted') return compressedBody(c, new TextEncoder().encode(renderAccessPage(stateFromSearch(search), access)), HTML)
  const [page, published] = await Promise.all([deps.dashboard.page(search), deps.published.current()])
  if (page.search !== search) return c.redirect(`${pathname}${page.search}`, 302)
  if (published) c.header(PUBLICATION_HEADER, String(published.version))
  return compressedBody(c, page.body, HTML, `dashboard ${page.key}`)
}
