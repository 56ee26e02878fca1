import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { openPostgresStore } from '../../api/src/store/postgres-store.js'
import { createTestDatabase } from '../support/postgres.js'
import { postgresAdminUrl } from '../support/stores.js'

// A database restart or an administrator ending connections must not end the server: the pool drops the broken
// idle connection, reports it, and serves the next query on a new one.
describe.skipIf(postgresAdminUrl() === '')('a PostgreSQL store whose idle connections are ended by the server', () => {
  it('reports the loss and answers the next query', async () => {
    const database = await createTestDatabase(postgresAdminUrl())
    const lost: string[] = []
    const store = await openPostgresStore(database.url, (code) => lost.push(code))
    try {
      await store.db.execute('select 1')
      const admin = new pg.Client({ connectionString: postgresAdminUrl() })
      await admin.connect()
      await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [new URL(database.url).pathname.slice(1)])
      await admin.end()
      await expect.poll(() => lost.length).toBeGreaterThan(0)
      expect(lost[0]).toBe('57P01')
      const result = (await store.db.execute('select 2 as n')) as unknown as { rows: { n: number }[] }
      expect(result.rows[0]!.n).toBe(2)
    } finally {
      await store.close()
      await database.drop()
    }
  })
})
