import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Health, JobRun } from '@klankbord/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectedMigrations } from '../../api/src/store/migration-level.js'
import { concernBody, postConcern } from '../support/concern-body.js'
import { createStaff, login, type Session } from '../support/staff.js'
import { STORE_KINDS } from '../support/stores.js'
import { startTestApp, type TestApp } from '../support/test-app.js'

for (const store of STORE_KINDS) {
  describe.skipIf(!store.available())(`health and jobs run by hand, on ${store.kind}`, () => {
    let app: TestApp
    let dataDir: string
    let admin: Session
    beforeAll(async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'klankbord-health-'))
      app = await startTestApp({ store: await store.open(), config: { proofOfWork: false, rateLimit: false, dataDir } })
      admin = await login(app, await createStaff(app, 'administrator', []))
    })
    afterAll(async () => {
      await app?.close()
      rmSync(dataDir, { recursive: true, force: true })
    })

    const health = async () => {
      const response = await fetch(`${app.url}/api/v1/health`)
      expect(response.status).toBe(200)
      return (await response.json()) as Health
    }

    it('reports the store, the migrations, no job run and no publication on a new store', async () => {
      expect(await health()).toEqual({
        status: 'ok',
        store: { kind: store.kind, reachable: true },
        migrations: { applied: expectedMigrations(), expected: expectedMigrations() },
        jobs: [],
        publication: null,
      })
    })

    it('an administrator runs the statistics job: the run, the publication and its version show in health and in every statistics answer', async () => {
      for (let i = 0; i < 6; i++) expect((await postConcern(app.url, concernBody({ description: `Melding ${i} voor de cijfers.` }), { Origin: app.origin })).status).toBe(201)
      const response = await admin.request('POST', '/api/v1/admin/jobs/statistics')
      expect(response.status).toBe(200)
      const run = (await response.json()) as JobRun
      expect(run).toMatchObject({ job: 'statistics', result: 'succeeded', error: null })
      expect(Date.parse(run.finishedAt!)).toBeGreaterThanOrEqual(Date.parse(run.startedAt))

      const now = await health()
      expect(now.jobs).toEqual([run])
      expect(now.publication).not.toBeNull()
      const version = String(now.publication!.version)
      for (const path of ['/api/v1/statistics', '/api/v1/statistics/concerns', '/api/v1/statistics/concerns?format=csv', '/api/v1/statistics/datapackage.json']) {
        const answer = await admin.request('GET', path)
        expect(answer.status, path).toBe(200)
        expect(answer.headers.get('klankbord-publication'), path).toBe(version)
      }
      const dashboard = await admin.request('GET', '/dashboard/')
      expect(dashboard.status).toBe(200)
      expect(dashboard.headers.get('klankbord-publication')).toBe(version)
      // A second run is a new version, served at once by the instance that made it.
      expect((await admin.request('POST', '/api/v1/admin/jobs/statistics')).status).toBe(200)
      const next = await health()
      expect(next.publication!.version).toBeGreaterThan(Number(version))
      expect((await admin.request('GET', '/api/v1/statistics/concerns')).headers.get('klankbord-publication')).toBe(String(next.publication!.version))
    }, 60_000)

    it('runs retention by hand, audited; refuses other roles and unknown jobs', async () => {
      const response = await admin.request('POST', '/api/v1/admin/jobs/retention')
      expect(response.status).toBe(200)
      expect(((await response.json()) as JobRun).result).toBe('succeeded')
      expect((await health()).jobs.map((job) => job.job).sort()).toEqual(['retention', 'statistics'])
      const audit = (await (await admin.request('GET', '/api/v1/admin/audit')).json()) as { items: { name: string }[] }
      expect(audit.items.map((entry) => entry.name)).toEqual(expect.arrayContaining(['job.retention', 'job.statistics']))

      const unknown = await admin.request('POST', '/api/v1/admin/jobs/everything')
      expect(unknown.status).toBe(400)
      expect(unknown.headers.get('content-type')).toContain('application/problem+json')
      const council = await login(app, await createStaff(app, 'council', []))
      expect((await council.request('POST', '/api/v1/admin/jobs/retention')).status).toBe(403)
      expect((await fetch(`${app.url}/api/v1/admin/jobs/retention`, { method: 'POST' })).status).toBe(401)
    })
  })
}
