import { describe, expect, it } from 'vitest'
import { openDuckDb, queryRows } from '../../src/pipeline/duckdb.js'
import { openStaging } from '../../src/pipeline/stage.js'

describe('the Dutch calendar month without a time-zone library', () => {
  it('agrees with ICU (Europe/Amsterdam) for every quarter hour around every month boundary, 1996–2040', async () => {
    const db = await openDuckDb(':memory:')
    try {
      // dutch_month is a macro of the staging (sql/staging.sql).
      await openStaging(db.connection, { keptFile: undefined, fresh: true })
      // Minutes since 1970 within 4 hours of each month start in UTC, every 15 minutes: the only places the offset matters.
      await db.connection.run(`
        create table instants as
        select (epoch(m) / 60)::bigint + delta as minute
        from range(timestamp '1996-01-01', timestamp '2040-12-01', interval 1 month) t(m), range(-240, 241, 15) d(delta)`)
      const [row] = await queryRows(
        db.connection,
        `select count(*)::integer as n, count(*) filter (where dutch_month(minute) <> date_trunc('month', to_timestamp(minute * 60))::date)::integer as wrong from instants`,
      )
      expect(row!.n).toBeGreaterThan(17_000)
      expect(row!.wrong).toBe(0)
    } finally {
      db.close()
    }
  })

  it('puts 31 January 23:30 Dutch time in January and 1 April 00:30 summer time in April', async () => {
    const db = await openDuckDb(':memory:')
    try {
      await openStaging(db.connection, { keptFile: undefined, fresh: true })
      const minute = (iso: string) => Math.floor(Date.parse(iso) / 60_000)
      const [row] = await queryRows(
        db.connection,
        `select strftime(dutch_month($jan), '%Y-%m') as jan, strftime(dutch_month($apr), '%Y-%m') as apr`,
        { jan: minute('2026-01-31T22:30:00Z'), apr: minute('2026-03-31T22:30:00Z') },
      )
      expect(row).toEqual({ jan: '2026-01', apr: '2026-04' })
    } finally {
      db.close()
    }
  })
})
