import { timingSafeEqual } from 'node:crypto'
import type { Context } from 'hono'
import type { AppDeps, AppEnv } from '../../app-deps.js'
import { Problem } from '../../http/problem.js'
import { listConcerns } from '../../services/concerns/list-concerns.js'

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * GET /api/v1/local/concerns: the concerns list for `klankbord concerns list` while this server holds the
 * embedded store. The bearer token is in the data directory's lock file, readable only by its owner.
 */
export function localConcernsHandler(deps: AppDeps) {
  return async (c: Context<AppEnv>) => {
    const header = c.req.header('Authorization') ?? ''
    const token = header.startsWith('Bearer ') ? header.slice(7) : ''
    if (!token || !sameToken(token, deps.controlToken)) throw new Problem('unauthorized', { headers: { 'WWW-Authenticate': 'Bearer' } })
    const limitText = c.req.query('limit') ?? '50'
    const limit = Number(limitText)
    if (!Number.isInteger(limit) || limit < 1 || limit > 10_000)
      throw new Problem('validation-failed', { invalidParams: [{ name: 'limit', code: 'out-of-range', reason: 'limit: 1..10000' }] })
    return c.json(await listConcerns(deps.store, { limit }))
  }
}
