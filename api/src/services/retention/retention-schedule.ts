import type { Log } from '../../log.js'
import { scheduleNightly } from '../scheduling/nightly.js'
import type { StoreContext } from '../shared/service-context.js'
import { runRetention } from './run-retention.js'

/** Erases personal data that has passed its retention period, every night at 02:00; returns a function that stops it. */
export function scheduleRetention(context: StoreContext, log: Log): () => void {
  return scheduleNightly(
    'retention',
    2,
    async () => {
      const result = await runRetention(context, { dryRun: false })
      if (result.erased) log.info({ erased: result.erased }, 'retention erased personal data of closed concerns')
    },
    log,
    context.now,
  )
}
