import type { Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { isHttpsRequest } from '../http/https-request.js'

const BASE_NAME = 'klankbord-session'

/**
 * `__Host-` binds the cookie to this exact host, over HTTPS, for the whole site; browsers only accept it with
 * Secure, so on plain http (a laptop demo) the cookie goes without the prefix.
 */
function cookieName(secure: boolean): string {
  return secure ? `__Host-${BASE_NAME}` : BASE_NAME
}

export type CookieOptions = { trustProxy: boolean; publicUrl: string | undefined }

/**
 * Only the cookie this mode writes: over HTTPS a cookie without the prefix may have been set by a sibling
 * subdomain or a plain-http page (session fixation), so it is ignored.
 */
export function readSessionCookie(c: Context, options: CookieOptions): string | undefined {
  return getCookie(c, cookieName(isHttpsRequest(c, options)))
}

export function writeSessionCookie(c: Context, token: string, options: CookieOptions): void {
  const secure = isHttpsRequest(c, options)
  // No Max-Age: the cookie ends with the browser, and the server enforces the idle and absolute timeouts.
  setCookie(c, cookieName(secure), token, { path: '/', httpOnly: true, secure, sameSite: 'Strict' })
}

export function clearSessionCookie(c: Context, options: CookieOptions): void {
  const secure = isHttpsRequest(c, options)
  deleteCookie(c, cookieName(secure), { path: '/', secure, httpOnly: true, sameSite: 'Strict' })
}
