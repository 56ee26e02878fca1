import type { Config } from '../../config.js'
import type { Log } from '../../log.js'
import type { Store } from '../../store/types.js'
import { scheduleNightly } from '../scheduling/nightly.js'
import { loggedJob } from '../shared/job-log.js'
import { runStatistics } from './run-statistics.js'

/**
 * Refreshes the published statistics every night at 03:00, after retention, then calls `onPublished` (the
 * dashboard draws its default pages again); returns a function that stops it.
 */
export function scheduleStatistics(store: Store, config: Config, log: Log, onPublished: () => Promise<void> = async () => {}): () => void {
  return scheduleNightly(
    'statistics',
    3,
    loggedJob('statistics', log, async () => {
      const summary = await runStatistics(store, { dataDir: config.dataDir, minCell: config.minCell })
      await onPublished()
      return { rowsRead: summary.rowsRead, tables: summary.tables.length }
    }),
    log,
  )
}
