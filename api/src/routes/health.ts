import { sql } from 'drizzle-orm'
import type { Context } from 'hono'
import type { AppDeps, AppEnv } from '../app-deps.js'
import { Problem } from '../http/problem.js'

/** GET /api/v1/health: up, and the store answers. */
export function healthHandler(deps: AppDeps) {
  return async (c: Context<AppEnv>) => {
    try {
      await deps.store.db.execute(sql`select 1`)
    } catch {
      throw new Problem('unavailable')
    }
    return c.json({ status: 'ok', store: deps.store.kind })
  }
}
