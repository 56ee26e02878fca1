import type { JobName } from '@klankbord/contract'
import type { Store } from '../../store/types.js'
import { JobBusyError } from './errors.js'
import { runJob, type JobLease } from './run-job.js'

/**
 * A command's run of a nightly job's work (`klankbord pipeline`, `klankbord retention run` on PostgreSQL): under the
 * job's lease, recorded like any run, with its result or error passed back to the command.
 */
export async function runAsJob<T>(store: Store, job: JobName, lease: JobLease, work: () => Promise<T>): Promise<T> {
  let result: { value: T } | undefined
  let failure: { error: unknown } | undefined
  const outcome = await runJob(store, job, lease, undefined, async () => {
    try {
      result = { value: await work() }
    } catch (error) {
      failure = { error }
      throw error
    }
  })
  if (outcome.outcome !== 'ran') throw new JobBusyError(outcome.outcome === 'busy' ? Math.max(1, Math.ceil(outcome.msLeft / 1000)) : 1)
  if (failure) throw failure.error
  return result!.value
}
