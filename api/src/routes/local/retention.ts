import type { Context } from 'hono'
import type { AppDeps, AppEnv } from '../../app-deps.js'
import { runRetention } from '../../services/retention/run-retention.js'

/** POST /api/v1/local/retention?dryRun=true: `klankbord retention run` through the running server. */
export function localRetentionHandler(deps: AppDeps) {
  return async (c: Context<AppEnv>) => c.json(await runRetention(deps.store.db, deps.now(), { dryRun: c.req.query('dryRun') === 'true' }))
}
