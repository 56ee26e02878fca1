import type { Context } from 'hono'
import type { AppDeps, AppEnv } from '../../app-deps.js'
import { Problem } from '../../http/problem.js'
import { listConcerns } from '../../services/concerns/list-concerns.js'

/** GET /api/v1/local/concerns: the concerns list for `klankbord concerns list`. */
export function localConcernsHandler(deps: AppDeps) {
  return async (c: Context<AppEnv>) => {
    const limitText = c.req.query('limit') ?? '50'
    const limit = Number(limitText)
    if (!Number.isInteger(limit) || limit < 1 || limit > 10_000)
      throw new Problem('validation-failed', { invalidParams: [{ name: 'limit', code: 'out-of-range', reason: 'limit: 1..10000' }] })
    return c.json(await listConcerns(deps.store, { limit }))
  }
}
