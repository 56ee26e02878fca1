import type { Log } from '../../log.js'
import type { Db } from '../../store/types.js'
import { runRetention } from './run-retention.js'

const DAY_MS = 24 * 60 * 60 * 1000
/** Not at the very start: a restart loop should not hammer the store, and tests that start servers should not race it. */
const FIRST_RUN_MS = 5 * 60 * 1000

/** Runs retention daily inside the server; returns a function that stops it. */
export function scheduleRetention(db: Db, log: Log, now: () => Date): () => void {
  const run = async () => {
    try {
      const result = await runRetention(db, now(), { dryRun: false })
      if (result.erased) log.info({ erased: result.erased }, 'retention erased personal data of closed concerns')
    } catch (error) {
      log.error({ err: { type: (error as Error).name } }, 'retention run failed')
    }
  }
  let interval: NodeJS.Timeout | undefined
  const first = setTimeout(() => {
    void run()
    interval = setInterval(() => void run(), DAY_MS)
    interval.unref()
  }, FIRST_RUN_MS)
  first.unref()
  return () => {
    clearTimeout(first)
    if (interval) clearInterval(interval)
  }
}
