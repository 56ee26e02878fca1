import type { Context } from 'hono'
import * as z from 'zod'
import type { AppDeps, AppEnv } from '../../app-deps.js'
import { parseBody } from '../../http/parse-input.js'
import { warmDashboard } from '../../services/dashboard/warm-dashboard.js'
import { runStatistics } from '../../services/statistics/run-statistics.js'

const LocalPipelineRequest = z.strictObject({ outDir: z.string().optional(), full: z.boolean().optional() })

/** POST /api/v1/local/pipeline: `klankbord pipeline` through the server that holds the embedded store. */
export function localPipelineHandler(deps: AppDeps): (c: Context<AppEnv>) => Promise<Response> {
  return async (c) => {
    const { outDir, full } = await parseBody(c, LocalPipelineRequest)
    const summary = await runStatistics(deps.store, { dataDir: deps.config.dataDir, outDir, minCell: deps.config.minCell, full })
    // The dashboard's default pages are drawn for the new publication before a visitor asks (another outDir is not the dashboard's).
    if (!outDir) void warmDashboard(deps.dashboard, deps.log)
    return c.json(summary)
  }
}
