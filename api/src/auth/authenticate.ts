import type { MiddlewareHandler } from 'hono'
import type { AppDeps, AppEnv } from '../app-deps.js'
import { findSession } from '../services/users/sessions.js'
import { readSessionCookie } from './session-cookie.js'

/** Looks up the session cookie, if any, and puts the signed-in user on the context. Never refuses by itself. */
export function authenticate(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = readSessionCookie(c)
    if (token) {
      const auth = await findSession(deps.store.db, token, deps.now())
      if (auth) c.set('auth', auth)
    }
    await next()
  }
}
