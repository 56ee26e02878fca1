import type { Context } from 'hono'
import type { AppDeps, AppEnv } from '../../app-deps.js'
import { signedIn } from '../../auth/guard.js'
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from '../../auth/session-cookie.js'
import { clientIp } from '../../http/client-ip.js'
import { Problem } from '../../http/problem.js'
import { enforceRateLimit } from '../../http/rate-limit-guard.js'
import { hashToken } from '../../security/tokens.js'
import { login } from '../../services/users/login.js'
import { deleteSession, logoutEverywhere } from '../../services/users/sessions.js'
import { finishSetup, startSetup } from '../../services/users/setup-account.js'
import { sessionInfo } from '../../services/users/user-view.js'
import type { OperationHandler } from '../operation-handler.js'
import { requestContext, staffContext } from '../service-context.js'

const cookieOptions = (deps: AppDeps) => ({ trustProxy: deps.config.trustProxy, publicUrl: deps.config.publicUrl })

export const loginHandler = (deps: AppDeps): OperationHandler<'login'> => async (c, { body }) => {
  await enforceRateLimit(c, deps, deps.limits.login)
  const input = await body()
  const context = requestContext(c, deps)
  const result = await login(context, input, clientIp(c, deps.config.trustProxy))
  if (!result.ok) {
    if (result.reason === 'throttled') throw new Problem('rate-limited', { headers: { 'Retry-After': String(result.retryAfterSeconds) } })
    throw new Problem('login-failed')
  }
  // A session id from before this login (perhaps planted by someone else) must not survive it.
  const presented = readSessionCookie(c, cookieOptions(deps))
  if (presented) await deleteSession(context, hashToken(presented))
  writeSessionCookie(c, result.token, cookieOptions(deps))
  return c.json(await sessionInfo(context, result.auth))
}

export const getSessionHandler = (deps: AppDeps) => async (c: Context<AppEnv>) => c.json(await sessionInfo(staffContext(c, deps), signedIn(c)))

export const logoutHandler = (deps: AppDeps) => async (c: Context<AppEnv>) => {
  await deleteSession(staffContext(c, deps), signedIn(c).session.idHash)
  clearSessionCookie(c, cookieOptions(deps))
  return c.body(null, 204)
}

export const logoutEverywhereHandler = (deps: AppDeps) => async (c: Context<AppEnv>) => {
  await logoutEverywhere(staffContext(c, deps))
  clearSessionCookie(c, cookieOptions(deps))
  return c.body(null, 204)
}

export const startSetupHandler = (deps: AppDeps): OperationHandler<'startSetup'> => async (c, { body }) => {
  await enforceRateLimit(c, deps, deps.limits.setup)
  const { token } = await body()
  return c.json(await startSetup(requestContext(c, deps), token))
}

export const finishSetupHandler = (deps: AppDeps): OperationHandler<'finishSetup'> => async (c, { body }) => {
  await enforceRateLimit(c, deps, deps.limits.setup)
  const input = await body()
  const { recoveryCodes } = await finishSetup(requestContext(c, deps), input)
  return c.json({ recoveryCodes })
}
