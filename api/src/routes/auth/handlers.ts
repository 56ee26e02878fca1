import type { Context } from 'hono'
import type { AppDeps, AppEnv } from '../../app-deps.js'
import { signedIn } from '../../auth/guard.js'
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from '../../auth/session-cookie.js'
import { hashToken } from '../../security/tokens.js'
import { clientIp } from '../../http/client-ip.js'
import { Problem } from '../../http/problem.js'
import { enforceRateLimit } from '../../http/rate-limit-guard.js'
import { PROCESSING_ACTIVITIES } from '../../services/shared/audit/processing-activities.js'
import { recordAudit } from '../../services/shared/audit/record-audit.js'
import { login } from '../../services/users/login.js'
import { deleteSession, deleteUserSessions } from '../../services/users/sessions.js'
import { finishSetup, startSetup } from '../../services/users/setup-account.js'
import { sessionInfo } from '../../services/users/user-view.js'
import type { OperationHandler } from '../operation-handler.js'
import { requestTrace } from '../request-trace.js'

const cookieOptions = (deps: AppDeps) => ({ trustProxy: deps.config.trustProxy, publicUrl: deps.config.publicUrl })

export const loginHandler = (deps: AppDeps): OperationHandler<'login'> => async (c, { body }) => {
  enforceRateLimit(c, deps, deps.limits.login)
  const input = await body()
  const startTime = deps.now()
  const result = await login({ db: deps.store.db, cipher: deps.cipher, recoveryCodes: deps.recoveryCodes, now: deps.now, throttle: deps.config.rateLimit }, input, clientIp(c, deps.config.trustProxy))
  const trace = requestTrace(c, deps)
  if (!result.ok) {
    if (result.reason === 'throttled') throw new Problem('rate-limited', { headers: { 'Retry-After': String(result.retryAfterSeconds) } })
    if (result.userId)
      await recordAudit(deps.store.db, { name: 'user.login', actor: { id: result.userId, role: 'system' }, processingActivity: PROCESSING_ACTIVITIES.accountManagement, objectType: 'user', objectId: result.userId, startTime, ok: false, ...trace })
    throw new Problem('login-failed')
  }
  const { user } = result.auth
  await recordAudit(deps.store.db, { name: result.usedRecoveryCode ? 'user.login-recovery-code' : 'user.login', actor: { id: user.id, role: user.role }, processingActivity: PROCESSING_ACTIVITIES.accountManagement, objectType: 'user', objectId: user.id, startTime, ...trace })
  // A session id from before this login (perhaps planted by someone else) must not survive it.
  const presented = readSessionCookie(c, cookieOptions(deps))
  if (presented) await deleteSession(deps.store.db, hashToken(presented))
  writeSessionCookie(c, result.token, cookieOptions(deps))
  return c.json(await sessionInfo(deps.store.db, result.auth))
}

export const getSessionHandler = (deps: AppDeps) => async (c: Context<AppEnv>) => c.json(await sessionInfo(deps.store.db, signedIn(c)))

export const logoutHandler = (deps: AppDeps) => async (c: Context<AppEnv>) => {
  await deleteSession(deps.store.db, signedIn(c).session.idHash)
  clearSessionCookie(c, cookieOptions(deps))
  return c.body(null, 204)
}

export const logoutEverywhereHandler = (deps: AppDeps) => async (c: Context<AppEnv>) => {
  const { user } = signedIn(c)
  await deleteUserSessions(deps.store.db, user.id)
  await recordAudit(deps.store.db, { name: 'user.logout-everywhere', actor: { id: user.id, role: user.role }, processingActivity: PROCESSING_ACTIVITIES.accountManagement, objectType: 'user', objectId: user.id, startTime: deps.now(), ...requestTrace(c, deps) })
  clearSessionCookie(c, cookieOptions(deps))
  return c.body(null, 204)
}

const setupDeps = (deps: AppDeps) => ({ db: deps.store.db, cipher: deps.cipher, recoveryCodes: deps.recoveryCodes, now: deps.now })

export const startSetupHandler = (deps: AppDeps): OperationHandler<'startSetup'> => async (c, { body }) => {
  enforceRateLimit(c, deps, deps.limits.setup)
  const { token } = await body()
  return c.json(await startSetup(setupDeps(deps), token))
}

export const finishSetupHandler = (deps: AppDeps): OperationHandler<'finishSetup'> => async (c, { body }) => {
  enforceRateLimit(c, deps, deps.limits.setup)
  const input = await body()
  const { userId, recoveryCodes } = await finishSetup(setupDeps(deps), input)
  await recordAudit(deps.store.db, { name: 'user.setup', actor: { id: userId, role: 'system' }, processingActivity: PROCESSING_ACTIVITIES.accountManagement, objectType: 'user', objectId: userId, startTime: deps.now(), ...requestTrace(c, deps) })
  return c.json({ recoveryCodes })
}
