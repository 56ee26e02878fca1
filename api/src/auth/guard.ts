import type { Operation } from '@klankbord/contract/operations'
import type { Context, MiddlewareHandler } from 'hono'
import type { AppDeps, AppEnv } from '../app-deps.js'
import { findSession } from '../services/users/sessions.js'
import { readSessionCookie } from './session-cookie.js'
import { Problem } from '../http/problem.js'
import { sameSecret } from '../security/same-secret.js'
import type { AuthContext } from './auth-context.js'
import { checkControlToken } from './control-token.js'

export const CSRF_HEADER = 'X-CSRF-Token'

/** A cross-site form or script cannot read the token, so it cannot send it; SameSite=Strict and the Origin check are the other two walls. */
function checkCsrf(c: Context<AppEnv>, auth: AuthContext, publicUrl: string | undefined): void {
  const token = c.req.header(CSRF_HEADER)
  if (!token || !sameSecret(token, auth.session.csrfToken)) throw new Problem('csrf-failed')
  const origin = c.req.header('Origin')
  const own = [new URL(c.req.url).origin, ...(publicUrl ? [new URL(publicUrl).origin] : [])]
  if (origin !== undefined && !own.includes(origin)) throw new Problem('csrf-failed')
}

type GuardDeps = Pick<AppDeps, 'store' | 'now' | 'config' | 'publication' | 'controlToken'>

/**
 * Enforces an operation's access in the operations table: the control token for local operations; for the rest,
 * 401 without a valid session, 403 for another role, CSRF on every change.
 */
export function guard(op: Operation, deps: GuardDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (op.access === 'control-token') checkControlToken(c, deps.controlToken)
    else if (op.access !== 'public' && !(op.publicWhenStatisticsArePublic === true && (await deps.publication.statisticsPublic()))) {
      const token = readSessionCookie(c, deps.config)
      const auth = token ? await findSession(deps, token, { touch: !op.passive }) : undefined
      if (!auth) throw new Problem('unauthorized')
      c.set('auth', auth)
      if (!op.access.includes(auth.user.role)) throw new Problem('forbidden')
      if (op.method !== 'GET') checkCsrf(c, auth, deps.config.publicUrl)
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
