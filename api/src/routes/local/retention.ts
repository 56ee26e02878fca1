import type { AppDeps } from '../../app-deps.js'
import { runRetention } from '../../services/retention/run-retention.js'
import { systemContext } from '../../services/shared/service-context.js'
import type { OperationHandler } from '../operation-handler.js'

/** `runRetentionLocal`: `klankbord retention run` through the running server. */
export const localRetentionHandler = (deps: AppDeps): OperationHandler<'runRetentionLocal'> => async (c, { query }) =>
  c.json(await runRetention(systemContext(deps), { dryRun: query().dryRun ?? false }))
