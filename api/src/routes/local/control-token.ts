import { timingSafeEqual } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import type { AppDeps, AppEnv } from '../../app-deps.js'
import { Problem } from '../../http/problem.js'

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * The local endpoints serve CLI commands on the same machine while this server holds the embedded store.
 * The bearer token is in the data directory's lock file, readable only by its owner.
 */
export function requireControlToken(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('Authorization') ?? ''
    const token = header.startsWith('Bearer ') ? header.slice(7) : ''
    if (!token || !sameToken(token, deps.controlToken)) throw new Problem('unauthorized', { headers: { 'WWW-Authenticate': 'Bearer' } })
    await next()
  }
}
