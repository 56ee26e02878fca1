import { sql } from 'drizzle-orm'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Health, JobRun } from '@klankbord/contract'
import { afterEach, describe, expect, it } from 'vitest'
import { runCli, startServerProcess } from '../support/cli.js'
import { runJobAsAdministrator, signInAdministrator } from '../support/server-admin.js'
import { newServerStore, SERVER_STORE_KINDS, type ServerStore } from '../support/server-store.js'
import { withStoreOf } from '../support/server-store-sql.js'

const LEASE_SECONDS = 3

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const csvFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.csv')).sort() : [])

/** Resolves once the run has begun writing the tables of its publication into `statistics/`: the worst moment to die. */
async function writingTables(dataDir: string, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs
  while (csvFiles(join(dataDir, 'statistics')).length === 0) {
    if (Date.now() > until) throw new Error('the pipeline wrote no table')
    await sleep(5)
  }
}

/**
 * A real server is killed with SIGKILL while its statistics run writes the publication's tables, then started again:
 * nothing half-made is published, the next run completes, and what it publishes has the same rows as a clean full
 * run on the same data (`klankbord pipeline --full --out`, which starts from nothing).
 */
describe.each(SERVER_STORE_KINDS)('SIGKILL in the middle of a pipeline run ($kind)', ({ kind, available }) => {
  let place: ServerStore | undefined
  afterEach(async () => {
    await place?.remove()
  })

  it.skipIf(!available)('publishes nothing half-made, and the run after the restart publishes what a clean full run does', async () => {
    place = await newServerStore(kind, { KLANKBORD_JOB_LEASE_SECONDS: String(LEASE_SECONDS) })
    const seeded = await runCli(['seed', '--concerns', '3000', '--seed', '18'], place.env)
    expect(seeded.code, seeded.stderr).toBe(0)

    const server = await startServerProcess(place.env)
    const admin = await signInAdministrator(server, place.env)
    const run = runJobAsAdministrator(server, admin, 'statistics').catch(() => undefined)
    await writingTables(place.dataDir)
    await server.stop('SIGKILL')
    await run
    const leftBehind = csvFiles(join(place.dataDir, 'statistics'))
    expect(leftBehind.length).toBeGreaterThan(0)

    const afterKill = await withStoreOf(place, async (query) => ({
      publications: await query(sql`select version from publications`),
      runs: await query(sql`select result, finished_at is null as unfinished from job_runs where job = 'statistics'`),
    }))
    // Killed before the switch: no version stored, the run stays unfinished.
    expect(afterKill).toEqual({ publications: [], runs: [{ result: 'running', unfinished: true }] })

    const restarted = await startServerProcess(place.env)
    const clean = join(place.dataDir, 'clean-full-run')
    try {
      await sleep(LEASE_SECONDS * 1000 + 500)
      const again = await runJobAsAdministrator(restarted, admin, 'statistics')
      expect(again.status).toBe(200)
      expect(((await again.json()) as JobRun).result).toBe('succeeded')
      const full = await runCli(['pipeline', '--full', '--out', clean], place.env)
      expect(full.code, full.stderr).toBe(0)
      const health = (await (await fetch(`${restarted.url}/api/v1/health`)).json()) as Health
      expect(health.publication).not.toBeNull()

      const served = join(place.dataDir, 'published', String(health.publication!.version))
      const tables = csvFiles(served)
      expect(tables).toEqual(csvFiles(clean))
      expect(tables.length).toBeGreaterThanOrEqual(leftBehind.length)
      for (const table of tables) expect(readFileSync(join(served, table), 'utf8'), table).toBe(readFileSync(join(clean, table), 'utf8'))
    } finally {
      expect(await restarted.stop('SIGTERM')).toBe(0)
    }
  }, 300_000)
})
