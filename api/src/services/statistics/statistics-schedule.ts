import type { Config } from '../../config.js'
import type { Log } from '../../log.js'
import type { Store } from '../../store/types.js'
import { scheduleNightly } from '../scheduling/nightly.js'
import { runStatistics } from './run-statistics.js'

/**
 * Refreshes the published statistics every night at 03:00, after retention, then calls `onPublished` (the
 * dashboard draws its default pages again); returns a function that stops it.
 */
export function scheduleStatistics(store: Store, config: Config, log: Log, onPublished: () => Promise<void> = async () => {}): () => void {
  return scheduleNightly(
    'statistics',
    3,
    async () => {
      const summary = await runStatistics(store, { dataDir: config.dataDir, minCell: config.minCell })
      log.info({ rowsRead: summary.rowsRead, tables: summary.tables.length, seconds: Math.round(summary.seconds) }, 'statistics published')
      await onPublished()
    },
    log,
  )
}
