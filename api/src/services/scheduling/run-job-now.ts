import type { JobName, JobRun } from '@klankbord/contract'
import { PROCESSING_ACTIVITIES } from '../shared/audit/processing-activities.js'
import { recordAudit } from '../shared/audit/record-audit.js'
import type { StaffContext } from '../shared/service-context.js'
import { JobBusyError } from './errors.js'
import { jobLeaseOf } from './job-lease-of.js'
import { runJob } from './run-job.js'

/**
 * An administrator runs a nightly job now (after fixing what made it fail, or to publish at once). It takes the
 * same lease as the nightly run, so it never runs beside it on another instance; the run is audited.
 */
export async function runJobNow(context: StaffContext, job: JobName, work: () => Promise<void>): Promise<JobRun> {
  const outcome = await runJob(context.store, job, jobLeaseOf(context.config), undefined, work)
  if (outcome.outcome !== 'ran') throw new JobBusyError(outcome.outcome === 'busy' ? Math.max(1, Math.ceil(outcome.msLeft / 1000)) : 1)
  await recordAudit(context, {
    name: `job.${job}`,
    processingActivity: job === 'retention' ? PROCESSING_ACTIVITIES.retention : PROCESSING_ACTIVITIES.accountManagement,
    objectType: 'setting',
    objectId: job,
    ok: outcome.run.result === 'succeeded',
  })
  return outcome.run
}
