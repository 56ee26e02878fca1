/**
 * A fixed-window counter per key, in memory. It blunts floods and guessing from one address; several
 * instances each keep their own count, which is acceptable at a municipality's volumes.
 */
export function createRateLimiter(options: { limit: number; windowMs: number; now?: () => number }) {
  const now = options.now ?? Date.now
  const windows = new Map<string, { start: number; count: number }>()
  return {
    /** Counts one attempt; when over the limit, says how many seconds until the window ends. */
    hit(key: string): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
      const t = now()
      let window = windows.get(key)
      if (!window || t - window.start >= options.windowMs) {
        if (windows.size > 50_000) windows.clear()
        window = { start: t, count: 0 }
        windows.set(key, window)
      }
      window.count += 1
      if (window.count <= options.limit) return { allowed: true }
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.start + options.windowMs - t) / 1000)) }
    },
    /** Seconds to wait when the key has used up its attempts, without counting this call; undefined when it may go on. */
    blockedFor(key: string): number | undefined {
      const t = now()
      const window = windows.get(key)
      if (!window || t - window.start >= options.windowMs || window.count < options.limit) return undefined
      return Math.max(1, Math.ceil((window.start + options.windowMs - t) / 1000))
    },
  }
}
export type RateLimiter = ReturnType<typeof createRateLimiter>
