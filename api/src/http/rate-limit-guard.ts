import type { Context } from 'hono'
import type { AppDeps } from '../app-deps.js'
import { clientIp } from './client-ip.js'
import { Problem } from './problem.js'
import type { RateLimiter } from './rate-limit.js'

/** Throws a 429 with Retry-After when the caller has used up its attempts. */
export async function enforceRateLimit(c: Context, deps: AppDeps, limiter: RateLimiter, scope = ''): Promise<void> {
  if (!deps.config.rateLimit) return
  const result = await limiter.hit(`${clientIp(c, deps.config.trustProxy)}${scope}`)
  if (!result.allowed) throw new Problem('rate-limited', { headers: { 'Retry-After': String(result.retryAfterSeconds) } })
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
