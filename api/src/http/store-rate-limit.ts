import { createHmac } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { rateLimitsTable } from '../db/schema/index.js'
import { executeRows } from '../store/execute-rows.js'
import type { Db } from '../store/types.js'
import type { RateLimit, RateLimiter } from './rate-limit.js'

/**
 * A fixed-window counter per key in the store, so every instance on one PostgreSQL counts the same attempts.
 * Windows are aligned to multiples of `windowMs` since 1970, so instances agree on them without talking.
 * Each hit is one statement (insert or count up, starting over in a new window); the key is an HMAC of the
 * limiter's name and the client address, so the table holds no addresses.
 */
export function createStoreRateLimiter(db: Db, name: string, options: RateLimit & { secret: string; now?: () => number }): RateLimiter {
  const now = options.now ?? Date.now
  const keyOf = (key: string) => createHmac('sha256', options.secret).update(`${name}\n${key}`).digest('base64url').slice(0, 32)
  const windowOf = (t: number) => Math.floor(t / options.windowMs) * options.windowMs
  const secondsLeft = (start: number, t: number) => Math.max(1, Math.ceil((start + options.windowMs - t) / 1000))
  const t = rateLimitsTable
  return {
    async hit(key) {
      const at = now()
      const start = windowOf(at)
      const [row] = await executeRows(
        db,
        sql`insert into ${t} (key, window_start, hits) values (${keyOf(key)}, ${new Date(start).toISOString()}::timestamptz, 1)
          on conflict (key) do update set
            hits = case when ${t.windowStart} = excluded.window_start then ${t.hits} + 1 else 1 end,
            window_start = excluded.window_start
          returning hits`,
      )
      if (Number(row?.hits) <= options.limit) return { allowed: true }
      return { allowed: false, retryAfterSeconds: secondsLeft(start, at) }
    },
    async blockedFor(key) {
      const at = now()
      const start = windowOf(at)
      const [row] = await executeRows(db, sql`select hits from ${t} where key = ${keyOf(key)} and window_start = ${new Date(start).toISOString()}::timestamptz`)
      return row && Number(row.hits) >= options.limit ? secondsLeft(start, at) : undefined
    },
  }
}
