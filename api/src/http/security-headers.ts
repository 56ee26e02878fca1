import type { MiddlewareHandler } from 'hono'
import { isHttpsRequest, type HttpsOptions } from './https-request.js'

export const API_VERSION = '1.0.0'

/** The pages' policy; `frameAncestors` is `'none'` except for a page made to be shown inside the inbox. */
export const pageCsp = (frameAncestors: "'none'" | "'self'" = "'none'") =>
  `default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors ${frameAncestors}`

const PAGE_CSP = pageCsp()

/**
 * The headers of the NLGov API Design Rules (/core/transport/security-headers) and API-Version on every
 * response; Strict-Transport-Security over HTTPS only. Pages get a strict CSP without 'unsafe-inline', which proves the widget works under one.
 */
export function securityHeaders(https: HttpsOptions): MiddlewareHandler {
  return async (c, next) => {
    await next()
    const h = c.res.headers
    // A page the inbox may frame (the partner kit's preview) sets both frame headers itself; every other page gets none.
    const ownFramePolicy = h.has('X-Frame-Options') && h.has('Content-Security-Policy')
    h.set('API-Version', API_VERSION)
    h.set('X-Content-Type-Options', 'nosniff')
    // Only over HTTPS: on a plain-http demo the header means nothing, and behind a proxy the proxy's scheme counts.
    if (isHttpsRequest(c, https)) h.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
    h.set('Referrer-Policy', 'no-referrer')
    if (!ownFramePolicy) h.set('X-Frame-Options', 'DENY')
    h.set('Cross-Origin-Opener-Policy', 'same-origin')
    if (!h.has('Cache-Control')) h.set('Cache-Control', 'no-store')
    const type = h.get('Content-Type') ?? ''
    if (type.startsWith('text/html')) {
      if (!ownFramePolicy) h.set('Content-Security-Policy', PAGE_CSP)
    } else if (!h.has('Content-Security-Policy')) h.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'")
  }
}
