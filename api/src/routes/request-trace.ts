import type { Context } from 'hono'
import type { AppDeps, AppEnv } from '../app-deps.js'
import { clientIp } from '../http/client-ip.js'
import type { RequestTrace } from '../services/shared/audit/audit-case.js'

/** Where a request came from, for the audit log: the address and the request id that the access log also has. */
export function requestTrace(c: Context<AppEnv>, deps: AppDeps): RequestTrace {
  return { origin: clientIp(c, deps.config.trustProxy), traceId: c.get('requestId') }
}

/** The same for a resident's request: the address only as a keyed hash of the day (security/origin-pseudonym.ts). */
export function residentTrace(c: Context<AppEnv>, deps: AppDeps): RequestTrace {
  return { origin: deps.originPseudonym(clientIp(c, deps.config.trustProxy), deps.now()), traceId: c.get('requestId') }
}
