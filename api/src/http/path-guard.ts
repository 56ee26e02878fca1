import type { MiddlewareHandler } from 'hono'
import { Problem } from './problem.js'

// C0 and C1 control characters, as a path may carry them percent-encoded ("%00").
const CONTROL = /%(?:[01][0-9a-f]|7f|c2%[89][0-9a-f])/i

/**
 * No resource of Klankbord has a control character in its path; a request for one is a 404 before any route reads
 * the path and hands it to the store (where a NUL would be an error instead of "not found").
 */
export function refuseControlCharactersInPath(): MiddlewareHandler {
  return async (c, next) => {
    const raw = c.req.url.slice(c.req.url.indexOf('/', c.req.url.indexOf('//') + 2)).split('?')[0]!
    if (CONTROL.test(raw) || /[\u0000-\u001f\u007f]/.test(raw)) throw new Problem('not-found')
    await next()
  }
}
