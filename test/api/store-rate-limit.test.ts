import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'drizzle-orm'
import { createStoreRateLimiter } from '../../api/src/http/store-rate-limit.js'
import { executeRows } from '../../api/src/store/execute-rows.js'
import type { Store } from '../../api/src/store/types.js'
import { STORE_KINDS } from '../support/stores.js'

const WINDOW_MS = 60_000

for (const store of STORE_KINDS) {
  describe.skipIf(!store.available())(`rate limits counted in the store, on ${store.kind}`, () => {
    let db: Store
    beforeAll(async () => {
      db = await store.open()
    })
    afterAll(() => db?.close())

    it('counts hits sent at once exactly, refuses past the limit with the seconds left, and starts over in the next window', async () => {
      let now = Date.UTC(2026, 11, 8, 10, 0, 15)
      const limiter = (name: string) => createStoreRateLimiter(db.db, name, { limit: 5, windowMs: WINDOW_MS, secret: 'test-secret', now: () => now })
      const verdicts = await Promise.all(Array.from({ length: 8 }, () => limiter('intake').hit('10.1.2.3')))
      expect(verdicts.filter((v) => v.allowed)).toHaveLength(5)
      expect(verdicts.filter((v) => !v.allowed)).toEqual(Array(3).fill({ allowed: false, retryAfterSeconds: 45 }))
      expect(await limiter('intake').blockedFor('10.1.2.3')).toBe(45)
      // Another address, and another limiter for the same address, have counts of their own.
      expect(await limiter('intake').hit('10.1.2.4')).toEqual({ allowed: true })
      expect(await limiter('followUp').blockedFor('10.1.2.3')).toBeUndefined()
      now += 45_000
      expect(await limiter('intake').blockedFor('10.1.2.3')).toBeUndefined()
      expect(await limiter('intake').hit('10.1.2.3')).toEqual({ allowed: true })
    })

    it('keeps no client address in the table', async () => {
      const limiter = createStoreRateLimiter(db.db, 'login', { limit: 5, windowMs: WINDOW_MS, secret: 'test-secret' })
      await limiter.hit('192.0.2.77')
      const rows = JSON.stringify(await executeRows(db.db, sql`select * from rate_limits`))
      expect(rows).not.toContain('192.0.2.77')
      expect(rows).not.toContain('login')
    })
  })
}
