import type { JobName, JobRun } from '@klankbord/contract'
import type { Store } from '../../store/types.js'
import { releaseLease, renewLease, takeLease, leaseState } from './job-lease.js'
import { finishRun, startRun } from './job-runs.js'

export type JobLease = {
  /** This instance (scheduling/instance-id.ts). */
  readonly owner: string
  /** How long a lease lasts without renewal: how soon another instance takes over from a crashed one. */
  readonly leaseMs: number
}

export type JobOutcome =
  | { readonly outcome: 'ran'; readonly run: JobRun }
  /** Another instance holds the job now. */
  | { readonly outcome: 'busy'; readonly msLeft: number }
  /** The night's run is done (by any instance). */
  | { readonly outcome: 'done' }

/**
 * Runs `work` once across every instance on the store: under a lease renewed every third of its length, with the
 * run recorded (begin, end, result). A nightly run names its `period` (the night), so it is done once per night;
 * a run asked for by hand has none. A failure is recorded and counts as the night's run: it is tried again the next night.
 */
export async function runJob(store: Store, job: JobName, lease: JobLease, period: string | undefined, work: () => Promise<void>): Promise<JobOutcome> {
  const { db } = store
  if (!(await takeLease(db, job, lease.owner, lease.leaseMs, period))) {
    const state = await leaseState(db, job, period)
    return state.done ? { outcome: 'done' } : { outcome: 'busy', msLeft: state.msLeft }
  }
  const heartbeat = setInterval(() => void renewLease(db, job, lease.owner, lease.leaseMs).catch(() => {}), Math.max(250, lease.leaseMs / 3))
  heartbeat.unref()
  try {
    const runId = await startRun(db, job, lease.owner, period)
    let error: string | null = null
    try {
      await work()
    } catch (thrown) {
      error = (thrown as Error)?.name ?? 'Error'
    }
    clearInterval(heartbeat)
    const run = await finishRun(db, runId, error === null ? 'succeeded' : 'failed', error)
    return { outcome: 'ran', run }
  } finally {
    clearInterval(heartbeat)
    await releaseLease(db, job, lease.owner, period)
    await store.flush()
  }
}

/**
 * A nightly run: when another instance holds the job, waits until its lease would run out and asks again, so a
 * crashed holder's night is finished by another instance. Resolves once the night's run is done here or elsewhere.
 */
export async function runNightlyJob(
  store: Store,
  job: JobName,
  lease: JobLease,
  period: string,
  work: () => Promise<void>,
  wait: (ms: number) => Promise<boolean> = defaultWait,
): Promise<JobOutcome> {
  for (;;) {
    const outcome = await runJob(store, job, lease, period, work)
    if (outcome.outcome !== 'busy') return outcome
    // A little past the lease's end, so the holder's last renewal has landed or it truly stopped.
    if (!(await wait(outcome.msLeft + 250 + Math.random() * 250))) return outcome
  }
}

const defaultWait = (ms: number) =>
  new Promise<boolean>((resolve) => {
    setTimeout(() => resolve(true), ms).unref()
  })
