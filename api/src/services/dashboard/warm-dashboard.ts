import type { DashboardPages } from '@klankbord/dashboard/page'
import type { Log } from '../../log.js'
import type { PublishedMirror } from '../statistics/published-mirror.js'

/** Draws the dashboard's default pages ahead of the first visitor; a failure only means that visitor waits. */
export async function warmDashboard(dashboard: DashboardPages, log: Log): Promise<void> {
  try {
    await dashboard.warm()
  } catch (error) {
    log.warn({ err: { type: (error as Error).name, message: (error as Error).message } }, 'dashboard pages not drawn ahead')
  }
}

/** After this instance published: serve the new version at once (others follow within PUBLICATION_FRESH_MS) and draw its pages. */
export async function afterPublished(published: PublishedMirror, dashboard: DashboardPages, log: Log): Promise<void> {
  published.refresh()
  await warmDashboard(dashboard, log)
}

/** How often an instance looks for a publication made by another one, to draw its pages before a visitor asks. */
export const FOLLOW_PUBLICATIONS_MS = 30_000

/**
 * With several instances another one may publish; this one then draws the new default pages within half a minute.
 * While nothing changed a look costs a cached page. Returns a function that stops it.
 */
export function followPublications(dashboard: DashboardPages, log: Log): () => void {
  const timer = setInterval(() => void warmDashboard(dashboard, log), FOLLOW_PUBLICATIONS_MS)
  timer.unref()
  return () => clearInterval(timer)
}
