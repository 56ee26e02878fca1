import type { Log } from '../../log.js'
import { scheduleNightly } from '../scheduling/nightly.js'
import { loggedJob } from '../shared/job-log.js'
import type { StoreContext } from '../shared/service-context.js'
import { runRetention } from './run-retention.js'

/** Erases personal data that has passed its retention period, every night at 02:00; returns a function that stops it. */
export function scheduleRetention(context: StoreContext, log: Log): () => void {
  return scheduleNightly(
    'retention',
    2,
    loggedJob('retention', log, async () => {
      const result = await runRetention(context, { dryRun: false })
      return { due: result.due.length, erased: result.erased }
    }),
    log,
    context.now,
  )
}
