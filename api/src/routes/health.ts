import type { Health } from '@klankbord/contract'
import { sql } from 'drizzle-orm'
import type { AppDeps } from '../app-deps.js'
import { Problem } from '../http/problem.js'
import type { OperationHandler } from './operation-handler.js'

/** `getHealth`: up, and the store answers. */
export function healthHandler(deps: AppDeps): OperationHandler<'getHealth'> {
  return async (c) => {
    try {
      await deps.store.db.execute(sql`select 1`)
    } catch {
      throw new Problem('unavailable')
    }
    return c.json({ status: 'ok', store: deps.store.kind } satisfies Health)
  }
}
