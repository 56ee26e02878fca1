import type { JobName } from '@klankbord/contract'
import type { AppDeps } from '../../app-deps.js'
import { afterPublished } from '../../services/dashboard/warm-dashboard.js'
import { retentionJob } from '../../services/retention/retention-schedule.js'
import { runJobNow } from '../../services/scheduling/run-job-now.js'
import { systemContext } from '../../services/shared/service-context.js'
import { statisticsJob } from '../../services/statistics/statistics-schedule.js'
import type { OperationHandler } from '../operation-handler.js'
import { staffContext } from '../service-context.js'

/** The work of each job, the same as at night. */
const JOB_WORK: Record<JobName, (deps: AppDeps) => () => Promise<void>> = {
  retention: (deps) => () => retentionJob(systemContext(deps), deps.log),
  statistics: (deps) => () => statisticsJob(deps.store, deps.config, deps.log, () => afterPublished(deps.published, deps.dashboard, deps.log)),
}

/** `runJob`: an administrator runs a nightly job now, on whichever instance the request reached. */
export const runJobHandler = (deps: AppDeps): OperationHandler<'runJob'> => async (c, { params }) => {
  const { job } = params()
  return c.json(await runJobNow(staffContext(c, deps), job, JOB_WORK[job](deps)))
}
