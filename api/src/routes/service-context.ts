import type { Context } from 'hono'
import type { AppDeps, AppEnv } from '../app-deps.js'
import { signedIn } from '../auth/guard.js'
import { clientIp } from '../http/client-ip.js'
import type { ServiceContext, StaffContext } from '../services/shared/service-context.js'

/** A request without a session (login, account setup): the audit log gets the address and the request id the access log also has. */
export function requestContext(c: Context<AppEnv>, deps: AppDeps): ServiceContext {
  return { ...deps, trace: { origin: clientIp(c, deps.config.trustProxy), traceId: c.get('requestId') } }
}

/** A signed-in user's request (the inbox, administration): traced as above, and done by that user. */
export function staffContext(c: Context<AppEnv>, deps: AppDeps): StaffContext {
  return { ...requestContext(c, deps), user: signedIn(c).user }
}

/** A resident's request: the address only as a keyed hash of the day (security/origin-pseudonym.ts). */
export function residentContext(c: Context<AppEnv>, deps: AppDeps): ServiceContext {
  return { ...deps, trace: { origin: deps.originPseudonym(clientIp(c, deps.config.trustProxy), deps.now()), traceId: c.get('requestId') } }
}
