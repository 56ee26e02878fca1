import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'drizzle-orm'
import { takeLease } from '../../api/src/services/scheduling/job-lease.js'
import { lastRuns } from '../../api/src/services/scheduling/job-runs.js'
import { runJob, runNightlyJob, type JobLease } from '../../api/src/services/scheduling/run-job.js'
import { executeRows } from '../../api/src/store/execute-rows.js'
import { migrateStore } from '../../api/src/store/migrate.js'
import { openPostgresStore } from '../../api/src/store/postgres-store.js'
import type { Store } from '../../api/src/store/types.js'
import { createTestDatabase } from '../support/postgres.js'
import { newPgliteStore, postgresAdminUrl } from '../support/stores.js'

const LEASE_MS = 3_000
const lease = (owner: string): JobLease => ({ owner, leaseMs: LEASE_MS })

/** Two instances: on PostgreSQL two pools on one database; PGlite serves one process, so there both are the same store. */
type Pair = { a: Store; b: Store; close(): Promise<void> }

const PAIRS = [
  {
    kind: 'pglite',
    available: () => true,
    async open(): Promise<Pair> {
      const store = await newPgliteStore()
      return { a: store, b: store, close: () => store.close() }
    },
  },
  {
    kind: 'postgres',
    available: () => postgresAdminUrl() !== '',
    async open(): Promise<Pair> {
      const database = await createTestDatabase(postgresAdminUrl())
      const [a, b] = await Promise.all([openPostgresStore(database.url), openPostgresStore(database.url)])
      await migrateStore(a)
      return {
        a,
        b,
        async close() {
          await Promise.all([a.close(), b.close()])
          await database.drop()
        },
      }
    },
  },
]

const runsOf = async (store: Store, job: string) => executeRows(store.db, sql`select owner, period, result, error, finished_at from job_runs where job = ${job} order by id`)

for (const pair of PAIRS) {
  describe.skipIf(!pair.available())(`jobs once across instances, on ${pair.kind}`, () => {
    let stores: Pair
    beforeAll(async () => {
      stores = await pair.open()
    })
    afterAll(() => stores?.close())

    it('a nightly job started by two instances at once runs once; both learn the night is done', async () => {
      let runs = 0
      const work = async () => {
        runs += 1
        await new Promise((resolve) => setTimeout(resolve, 300))
      }
      const [first, second] = await Promise.all([
        runNightlyJob(stores.a, 'retention', lease('instance-a'), '2026-12-08', work),
        runNightlyJob(stores.b, 'retention', lease('instance-b'), '2026-12-08', work),
      ])
      expect(runs).toBe(1)
      expect([first.outcome, second.outcome].sort()).toEqual(['done', 'ran'])
      const recorded = await runsOf(stores.a, 'retention')
      expect(recorded).toHaveLength(1)
      expect(recorded[0]).toMatchObject({ period: '2026-12-08', result: 'succeeded', error: null })
      // Asked again the same night (a clock a little behind), it does nothing; the next night it runs again.
      expect((await runNightlyJob(stores.b, 'retention', lease('instance-b'), '2026-12-08', work)).outcome).toBe('done')
      expect((await runNightlyJob(stores.b, 'retention', lease('instance-b'), '2026-12-09', work)).outcome).toBe('ran')
      expect(runs).toBe(2)
    })

    it("takes over a crashed instance's night once its lease has run out", async () => {
      // An instance took the job and died without a word: its lease stays until it runs out.
      expect(await takeLease(stores.a.db, 'statistics', 'crashed-instance', LEASE_MS, '2026-12-08')).toBe(true)
      const started = performance.now()
      let runs = 0
      const outcome = await runNightlyJob(stores.b, 'statistics', lease('instance-b'), '2026-12-08', async () => {
        runs += 1
      })
      expect(outcome.outcome).toBe('ran')
      expect(runs).toBe(1)
      // Not before the lease ran out (less a little for the time between taking it and starting to wait).
      expect(performance.now() - started).toBeGreaterThan(LEASE_MS - 500)
      const recorded = await runsOf(stores.a, 'statistics')
      expect(recorded.map((r) => r.owner)).toEqual(['instance-b'])
    })

    it('a run asked for while another instance runs the job is refused with the time left, and runs once it is free', async () => {
      let release!: () => void
      const holding = runJob(stores.a, 'statistics', lease('instance-a'), undefined, () => new Promise<void>((resolve) => (release = resolve)))
      await expect.poll(async () => (await executeRows(stores.b.db, sql`select owner from job_leases where job = 'statistics'`))[0]?.owner).toBe('instance-a')
      const refused = await runJob(stores.b, 'statistics', lease('instance-b'), undefined, async () => {})
      expect(refused.outcome).toBe('busy')
      if (refused.outcome === 'busy') expect(refused.msLeft).toBeGreaterThan(0)
      // The holder renews its lease while it works, so a long run is not taken over.
      await new Promise((resolve) => setTimeout(resolve, LEASE_MS + 500))
      expect((await runJob(stores.b, 'statistics', lease('instance-b'), undefined, async () => {})).outcome).toBe('busy')
      release()
      expect((await holding).outcome).toBe('ran')
      expect((await runJob(stores.b, 'statistics', lease('instance-b'), undefined, async () => {})).outcome).toBe('ran')
    })

    it('records a failure by the type of error only, never its message', async () => {
      const outcome = await runJob(stores.a, 'retention', lease('instance-a'), undefined, async () => {
        throw new TypeError('Jansen, Dorpsstraat 1, heeft geen antwoord gekregen')
      })
      expect(outcome.outcome).toBe('ran')
      if (outcome.outcome === 'ran') expect(outcome.run).toMatchObject({ job: 'retention', result: 'failed', error: 'TypeError' })
      const [last] = (await lastRuns(stores.b.db)).filter((run) => run.job === 'retention')
      expect(last).toMatchObject({ result: 'failed', error: 'TypeError' })
      expect(last!.finishedAt).not.toBeNull()
      const everything = JSON.stringify(await executeRows(stores.a.db, sql`select * from job_runs`))
      expect(everything).not.toContain('Dorpsstraat')
    })
  })
}
