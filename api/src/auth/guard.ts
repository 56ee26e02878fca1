import { timingSafeEqual } from 'node:crypto'
import type { Context, MiddlewareHandler } from 'hono'
import type { AppDeps, AppEnv } from '../app-deps.js'
import { findSession } from '../services/users/sessions.js'
import { readSessionCookie } from './session-cookie.js'
import { Problem } from '../http/problem.js'
import type { AuthContext } from './auth-context.js'
import type { Operation } from './operations.js'

export const CSRF_HEADER = 'X-CSRF-Token'

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** A cross-site form or script cannot read the token, so it cannot send it; SameSite=Strict and the Origin check are the other two walls. */
function checkCsrf(c: Context<AppEnv>, auth: AuthContext, publicUrl: string | undefined): void {
  const token = c.req.header(CSRF_HEADER)
  if (!token || !sameSecret(token, auth.session.csrfToken)) throw new Problem('csrf-failed')
  const origin = c.req.header('Origin')
  const own = [new URL(c.req.url).origin, ...(publicUrl ? [new URL(publicUrl).origin] : [])]
  if (origin !== undefined && !own.includes(origin)) throw new Problem('csrf-failed')
}

/** Enforces an operation's row in the access table: 401 without a valid session, 403 for another role, CSRF on every change. */
export function guard(op: Operation, deps: Pick<AppDeps, 'store' | 'now' | 'config' | 'publication'>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const open = op.access === 'public' || (op.publicWhenStatisticsArePublic === true && (await deps.publication.statisticsPublic()))
    if (!open) {
      const token = readSessionCookie(c, deps.config)
      const auth = token ? await findSession(deps.store.db, token, deps.now(), { touch: !op.passive }) : undefined
      if (!auth) throw new Problem('unauthorized')
      c.set('auth', auth)
      if (!op.access.includes(auth.user.role)) throw new Problem('forbidden')
      if (op.method !== 'get') checkCsrf(c, auth, deps.config.publicUrl)
    }
    await next()
  }
}

/** The signed-in user of a guarded operation. */
export function signedIn(c: Context<AppEnv>): AuthContext {
  const auth = c.get('auth')
  if (!auth) throw new Problem('unauthorized')
  return auth
}
