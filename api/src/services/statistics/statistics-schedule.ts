import type { Config } from '../../config.js'
import type { Log } from '../../log.js'
import type { Store } from '../../store/types.js'
import { jobLeaseOf } from '../scheduling/job-lease-of.js'
import { scheduleNightly } from '../scheduling/nightly.js'
import { loggedJob } from '../shared/job-log.js'
import { runStatistics } from './run-statistics.js'

/** The statistics job's work: run the pipeline, publish in the store, then `onPublished` (the dashboard draws its default pages). */
export async function statisticsJob(store: Store, config: Config, log: Log, onPublished: () => Promise<void> = async () => {}): Promise<void> {
  await loggedJob('statistics', log, async () => {
    const summary = await runStatistics(store, { dataDir: config.dataDir, minCell: config.minCell })
    await onPublished()
    return { rowsRead: summary.rowsRead, tables: summary.tables.length, seconds: Math.round(summary.seconds) }
  })()
}

/** Refreshes the published statistics every night at 03:00, after retention; returns a function that stops it. */
export function scheduleStatistics(store: Store, config: Config, log: Log, onPublished: () => Promise<void> = async () => {}): () => void {
  return scheduleNightly({ job: 'statistics', hour: 3, store, lease: jobLeaseOf(config), log }, () => statisticsJob(store, config, log, onPublished))
}
