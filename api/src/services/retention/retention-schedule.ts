import type { Config } from '../../config.js'
import type { Log } from '../../log.js'
import { jobLeaseOf } from '../scheduling/job-lease-of.js'
import { scheduleNightly } from '../scheduling/nightly.js'
import { loggedJob } from '../shared/job-log.js'
import type { StoreContext } from '../shared/service-context.js'
import { runRetention } from './run-retention.js'

/** The retention job's work: erase what has passed its period, and say how many (counts, no data). */
export async function retentionJob(context: StoreContext, log: Log): Promise<void> {
  await loggedJob('retention', log, async () => {
    const result = await runRetention(context, { dryRun: false })
    return { due: result.due.length, erased: result.erased }
  })()
}

/** Erases personal data that has passed its retention period, every night at 02:00; returns a function that stops it. */
export function scheduleRetention(context: StoreContext, config: Pick<Config, 'jobLeaseSeconds'>, log: Log): () => void {
  return scheduleNightly({ job: 'retention', hour: 2, store: context.store, lease: jobLeaseOf(config), log, now: context.now }, () => retentionJob(context, log))
}
