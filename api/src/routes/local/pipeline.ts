import type { AppDeps } from '../../app-deps.js'
import { warmDashboard } from '../../services/dashboard/warm-dashboard.js'
import { runStatistics } from '../../services/statistics/run-statistics.js'
import type { OperationHandler } from '../operation-handler.js'

/** `runPipelineLocal`: `klankbord pipeline` through the server that holds the embedded store. */
export function localPipelineHandler(deps: AppDeps): OperationHandler<'runPipelineLocal'> {
  return async (c, { body }) => {
    const { outDir, full } = await body()
    const summary = await runStatistics(deps.store, { dataDir: deps.config.dataDir, outDir, minCell: deps.config.minCell, full })
    // The dashboard's default pages are drawn for the new publication before a visitor asks (another outDir is not the dashboard's).
    if (!outDir) void warmDashboard(deps.dashboard, deps.log)
    return c.json(summary)
  }
}
