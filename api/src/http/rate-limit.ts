export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/** Attempts per key in a fixed window; the memory one for a single process, the store one for several (store-rate-limit.ts). */
export type RateLimiter = {
  /** Counts one attempt; when over the limit, says how many seconds until the window ends. */
  hit(key: string): Promise<RateLimitVerdict>
  /** Seconds to wait when the key has used up its attempts, without counting this call; undefined when it may go on. */
  blockedFor(key: string): Promise<number | undefined>
}

export type RateLimit = { limit: number; windowMs: number }

/**
 * A fixed-window counter per key, in this process's memory: enough for the embedded store, which serves one
 * process. Several instances on PostgreSQL count in the store instead, so they share one count.
 */
export function createRateLimiter(options: RateLimit & { now?: () => number }): RateLimiter {
  const now = options.now ?? Date.now
  const windows = new Map<string, { start: number; count: number }>()
  return {
    async hit(key) {
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
    async blockedFor(key) {
      const t = now()
      const window = windows.get(key)
      if (!window || t - window.start >= options.windowMs || window.count < options.limit) return undefined
      return Math.max(1, Math.ceil((window.start + options.windowMs - t) / 1000))
    },
  }
}
