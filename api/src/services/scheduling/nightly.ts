import type { Log } from '../../log.js'

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
 * Runs a job every night at the given hour (Amsterdam time), when the inbox is quiet. Failures are logged
 * by name only and the job tries again the next night. Returns a function that stops it.
 */
export function scheduleNightly(name: string, hour: number, job: () => Promise<void>, log: Log, now: () => Date = () => new Date()): () => void {
  let timer: NodeJS.Timeout | undefined
  let stopped = false
  const plan = () => {
    if (stopped) return
    timer = setTimeout(async () => {
      try {
        await job()
      } catch (error) {
        log.error({ job: name, err: { type: (error as Error).name } }, 'nightly job failed')
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
