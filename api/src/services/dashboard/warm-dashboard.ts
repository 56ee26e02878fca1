import type { DashboardPages } from '@klankbord/dashboard/page'
import type { Log } from '../../log.js'

/** Draws the dashboard's default pages ahead of the first visitor; a failure only means that visitor waits. */
export async function warmDashboard(dashboard: DashboardPages, log: Log): Promise<void> {
  try {
    await dashboard.warm()
  } catch (error) {
    log.warn({ err: { type: (error as Error).name, message: (error as Error).message } }, 'dashboard pages not drawn ahead')
  }
}
