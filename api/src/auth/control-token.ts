import type { Context } from 'hono'
import type { AppEnv } from '../app-deps.js'
import { Problem } from '../http/problem.js'
import { sameSecret } from '../security/same-secret.js'

/**
 * The local operations serve CLI commands on the same machine while this server holds the embedded store.
 * The bearer token is in the data directory's lock file, readable only by its owner.
 */
export function checkControlToken(c: Context<AppEnv>, controlToken: string): void {
  const header = c.req.header('Authorization') ?? ''
  const token = header.startsWith('Bearer ') ? header.slice(7) : ''
  if (!token || !sameSecret(token, controlToken)) throw new Problem('unauthorized', { headers: { 'WWW-Authenticate': 'Bearer' } })
}
