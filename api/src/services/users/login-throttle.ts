import { createHash } from 'node:crypto'
import { eq, like, sql } from 'drizzle-orm'
import { loginThrottleTable } from '../../db/schema/index.js'
import { executeRows } from '../../store/execute-rows.js'
import type { Db } from '../../store/types.js'

/**
 * Backoff instead of a lockout: after `free` attempts within the window a key waits 2 s, then 4, 8 … up to
 * 15 minutes before its next attempt. Keys are an account name from one address and the address alone, so
 * someone guessing from elsewhere slows only themselves and can never shut the confidant out.
 */
export const LOGIN_THROTTLE = { accountFree: 5, addressFree: 30, baseSeconds: 2, maxSeconds: 15 * 60, windowSeconds: 60 * 60 } as const

export type ThrottleKey = { key: string; free: number }

const emailHash = (email: string) => createHash('sha256').update(email.trim().toLowerCase()).digest('base64url').slice(0, 22)

/** The keys one login attempt counts against; the same for existing and unknown accounts. */
export function loginThrottleKeys(email: string, address: string): ThrottleKey[] {
  return [
    { key: `account:${emailHash(email)}:${address}`, free: LOGIN_THROTTLE.accountFree },
    { key: `address:${address}`, free: LOGIN_THROTTLE.addressFree },
  ]
}

/**
 * Counts one attempt under every key, each in one statement that also refuses it while the key waits, so
 * attempts sent at once cannot all slip through before the count. Returns how long to wait when refused.
 */
export async function takeLoginAttempt(db: Db, keys: readonly ThrottleKey[], now: Date): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }> {
  const windowStart = new Date(now.getTime() - LOGIN_THROTTLE.windowSeconds * 1000).toISOString()
  const at = now.toISOString()
  for (const { key, free } of keys) {
    const t = loginThrottleTable
    const fresh = sql`${t.windowStart} < ${windowStart}::timestamptz`
    const attempts = sql`case when ${fresh} then 1 else ${t.attempts} + 1 end`
    const counted = await executeRows(db, sql`
      insert into ${t} (key, attempts, window_start, blocked_until) values (${key}, 1, ${at}::timestamptz, null)
      on conflict (key) do update set
        attempts = ${attempts},
        window_start = case when ${fresh} then ${at}::timestamptz else ${t.windowStart} end,
        blocked_until = case when ${attempts} > ${free}
          then ${at}::timestamptz + make_interval(secs => least(${LOGIN_THROTTLE.maxSeconds}, ${LOGIN_THROTTLE.baseSeconds} * power(2, least(20, ${attempts} - ${free} - 1))))
          else null end
      where ${t.blockedUntil} is null or ${t.blockedUntil} <= ${at}::timestamptz
      returning key`)
    if (counted.length === 0) {
      const [row] = (await executeRows(db, sql`select blocked_until from ${t} where key = ${key}`)) as { blocked_until: string | Date | null }[]
      const until = row?.blocked_until ? new Date(row.blocked_until).getTime() : now.getTime() + 1000
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((until - now.getTime()) / 1000)) }
    }
  }
  return { allowed: true }
}

/**
 * A successful login clears its account key and takes its own attempt off the address's count (so colleagues
 * behind one address do not wait for each other's successes). Idle keys are forgotten by the retention job.
 */
export async function clearLoginAttempts(db: Db, email: string, address: string): Promise<void> {
  const [accountKey, addressKey] = loginThrottleKeys(email, address)
  const t = loginThrottleTable
  await db.update(t).set({ attempts: sql`greatest(0, ${t.attempts} - 1)` }).where(eq(t.key, addressKey!.key))
  await db.delete(t).where(eq(t.key, accountKey!.key))
}

/** An administrator lifts the waiting for an account, from every address. */
export async function clearAccountThrottle(db: Db, email: string): Promise<void> {
  await db.delete(loginThrottleTable).where(like(loginThrottleTable.key, `account:${emailHash(email)}:%`))
}
