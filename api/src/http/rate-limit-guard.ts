import type { Context } from 'hono'
import type { AppDeps } from '../app-deps.js'
import { clientIp } from './client-ip.js'
import { Problem } from './problem.js'
import type { RateLimiter } from './rate-limit.js'

/** Counts one attempt of the caller; when it has used up its attempts, the seconds to wait (a page says so in its own words). */
export async function rateLimitWait(c: Context, deps: AppDeps, limiter: RateLimiter, scope = ''): Promise<number | undefined> {
  if (!deps.config.rateLimit) return undefined
  const result = await limiter.hit(`${clientIp(c, deps.config.trustProxy)}${scope}`)
  return result.allowed ? undefined : result.retryAfterSeconds
}

/** Throws a 429 with Retry-After when the caller has used up its attempts. */
export async function enforceRateLimit(c: Context, deps: AppDeps, limiter: RateLimiter, scope = ''): Promise<void> {
  const wait = await rateLimitWait(c, deps, limiter, scope)
  if (wait !== undefined) throw new Problem('rate-limited', { headers: { 'Retry-After': String(wait) } })
}

/**
 * For guessing protection only failures need counting: a resident reading their messages all day is fine,
 * someone trying codes is not. Refuses while the address is blocked; returns the function that counts a failure.
 */
export async function failureLimit(c: Context, deps: AppDeps, limiter: RateLimiter): Promise<() => Promise<void>> {
  if (!deps.config.rateLimit) return async () => {}
  const key = clientIp(c, deps.config.trustProxy)
  const wait = await limiter.blockedFor(key)
  if (wait !== undefined) throw new Problem('rate-limited', { headers: { 'Retry-After': String(wait) } })
  return async () => void (await limiter.hit(key))
}
