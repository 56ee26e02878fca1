import type { Config } from '../../config.js'
import type { Log } from '../../log.js'
import { jobLeaseOf } from '../scheduling/job-lease-of.js'
import { scheduleNightly } from '../scheduling/nightly.js'
import type { StoreContext } from '../shared/service-context.js'
import { runRetention } from './run-retention.js'

/** The retention job's work: erase what has passed its period, and say how many (a count, no data). */
export async function retentionJob(context: StoreContext, log: Log): Promise<void> {
  const result = await runRetention(context, { dryRun: false })
  if (result.erased) log.info({ erased: result.erased }, 'retention erased personal data of closed concerns')
}

/** Erases personal data that has passed its retention period, every night at 02:00; returns a function that stops it. */
export function scheduleRetention(context: StoreContext, config: Pick<Config, 'jobLeaseSeconds'>, log: Log): () => void {
  return scheduleNightly({ job: 'retention', hour: 2, store: context.store, lease: jobLeaseOf(config), log, now: context.now }, () => retentionJob(context, log))
}
