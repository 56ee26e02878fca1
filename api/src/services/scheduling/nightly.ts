import type { JobName } from '@klankbord/contract'
import type { Log } from '../../log.js'
import type { Store } from '../../store/types.js'
import { amsterdamDate } from '../shared/amsterdam-date.js'
import { runNightlyJob, type JobLease } from './run-job.js'

const DAY_MS = 24 * 60 * 60 * 1000

/** Milliseconds from `now` until the next time the clock in Amsterdam shows `hour`:00. */
export function msUntilAmsterdamHour(now: Date, hour: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23' }).formatToParts(now)
  const value = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0)
  const sinceMidnightMs = ((value('hour') * 60 + value('minute')) * 60 + value('second')) * 1000
  const target = hour * 3_600_000
  return (target - sinceMidnightMs + DAY_MS) % DAY_MS || DAY_MS
}

/**
 * Runs a job every night at the given hour (Amsterdam time), when the inbox is quiet, once across every instance on
 * the store (run-job.ts). Failures are recorded and logged by name only, and the job tries again the next night.
 * Returns a function that stops it.
 */
export function scheduleNightly(
  options: { job: JobName; hour: number; store: Store; lease: JobLease; log: Log; now?: () => Date },
  work: () => Promise<void>,
): () => void {
  const { job, hour, store, lease, log } = options
  const now = options.now ?? (() => new Date())
  let timer: NodeJS.Timeout | undefined
  let stopped = false
  const wait = (ms: number) =>
    new Promise<boolean>((resolve) => {
      if (stopped) return resolve(false)
      timer = setTimeout(() => resolve(!stopped), ms)
      timer.unref()
    })
  const plan = () => {
    if (stopped) return
    timer = setTimeout(async () => {
      try {
        const outcome = await runNightlyJob(store, job, lease, amsterdamDate(now()), work, wait)
        if (outcome.outcome === 'ran' && outcome.run.result === 'failed') log.error({ job, err: { type: outcome.run.error } }, 'nightly job failed')
        else if (outcome.outcome === 'ran') log.info({ job }, 'nightly job done')
      } catch (error) {
        log.error({ job, err: { type: (error as Error).name } }, 'nightly job could not be scheduled')
      }
      plan()
    }, msUntilAmsterdamHour(now(), hour))
    timer.unref()
  }
  plan()
  return () => {
    stopped = true
    if (timer) clearTimeout(timer)
  }
}
