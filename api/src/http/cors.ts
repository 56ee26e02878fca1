import type { MiddlewareHandler } from 'hono'
import { Problem } from './problem.js'

const ALLOW_HEADERS = 'Content-Type, Accept-Language, Idempotency-Key, Follow-Up-Code'
const EXPOSE_HEADERS = 'Location, API-Version, Retry-After'

/**
 * CORS for the resident-facing API: only origins a partner registered. The partner is named in the body,
 * which a preflight does not carry, so the preflight checks against all partners and the intake
 * route checks the origin against the named partner.
 */
export function partnerCors(allowedOrigins: () => Promise<Set<string>>): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('Origin')
    const allowed = origin !== undefined && (await allowedOrigins()).has(origin)
    if (c.req.method === 'OPTIONS') {
      if (!allowed) throw new Problem('origin-not-allowed')
      return c.body(null, 204, {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
        'Access-Control-Allow-Headers': ALLOW_HEADERS,
        'Access-Control-Max-Age': '600',
        Vary: 'Origin',
      })
    }
    await next()
    c.res.headers.append('Vary', 'Origin')
    if (allowed) {
      c.res.headers.set('Access-Control-Allow-Origin', origin)
      c.res.headers.set('Access-Control-Expose-Headers', EXPOSE_HEADERS)
    }
  }
}

/** Open resources (the OpenAPI document, the widget script) may be read from anywhere. */
export function openCors(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return c.body(null, 204, { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'GET' })
    await next()
    c.res.headers.set('Access-Control-Allow-Origin', '*')
    c.res.headers.set('Access-Control-Expose-Headers', 'API-Version')
  }
}
