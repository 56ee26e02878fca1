import type { AppDeps } from '../../app-deps.js'
import { afterPublished } from '../../services/dashboard/warm-dashboard.js'
import { jobLeaseOf } from '../../services/scheduling/job-lease-of.js'
import { runAsJob } from '../../services/scheduling/run-as-job.js'
import { runStatistics } from '../../services/statistics/run-statistics.js'
import type { OperationHandler } from '../operation-handler.js'

/** `runPipelineLocal`: `klankbord pipeline` through the server that holds the embedded store. */
export function localPipelineHandler(deps: AppDeps): OperationHandler<'runPipelineLocal'> {
  return async (c, { body }) => {
    const { outDir, full } = await body()
    const pipeline = () => runStatistics(deps.store, { dataDir: deps.config.dataDir, outDir, minCell: deps.config.minCell, full })
    // Into the publication under the job's lease, as at night; another folder freely.
    const summary = await (outDir === undefined ? runAsJob(deps.store, 'statistics', jobLeaseOf(deps.config), pipeline) : pipeline())
    // The dashboard's default pages are drawn for the new publication before a visitor asks (another outDir is not the dashboard's).
    if (!outDir) void afterPublished(deps.published, deps.dashboard, deps.log)
    return c.json(summary)
  }
}
