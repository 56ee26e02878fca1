import type { Log } from '../../log.js'

/**
 * Wraps a nightly job so each run writes one line at info when it starts and one when it ends, with its
 * duration and the counts the job returns (never rows): an operator sees that the night's work happened.
 */
export function loggedJob(name: string, log: Log, job: () => Promise<Record<string, number>>): () => Promise<void> {
  return async () => {
    const started = performance.now()
    log.info({ job: name }, 'job started')
    const counts = await job()
    log.info({ job: name, ms: Math.round(performance.now() - started), ...counts }, 'job finished')
  }
}
