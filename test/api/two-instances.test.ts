import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ConcernCreated, Health, JobRun } from '@klankbord/contract'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { currentTotp } from '../../api/src/security/totp.js'
import { expectedMigrations } from '../../api/src/store/migration-level.js'
import { runCli, startServerProcess, type ServerProcess } from '../support/cli.js'
import { concernBody, postConcern, solvedPow } from '../support/concern-body.js'
import { recordPlanted } from '../support/log-scan.js'
import { createTestDatabase } from '../support/postgres.js'
import { postgresAdminUrl } from '../support/stores.js'

const LEASE_SECONDS = 5

type Signed = { cookie: string; csrf: string }

/**
 * Two real server processes (`klankbord serve`) on one fresh PostgreSQL database, each with its own data directory,
 * sharing the master key as instances behind one proxy do. Addresses come from X-Forwarded-For (as behind a proxy),
 * so each test has its own and the rate limits of one do not spill into another.
 */
describe.skipIf(!postgresAdminUrl())('two instances on one PostgreSQL behave as one', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>
  let sql: pg.Client
  const dataDirs: string[] = []
  let env: Record<string, string>
  let a: ServerProcess
  let b: ServerProcess
  let admin: Signed

  const envFor = (dataDir: string) => ({ ...env, KLANKBORD_DATA_DIR: dataDir })
  const rows = async <T>(text: string, values: unknown[] = []) => (await sql.query(text, values)).rows as T[]
  const count = async (table: string) => (await rows<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n

  /** A request as the inbox sends it, with the session and its CSRF token, to either instance. */
  const staff = (server: ServerProcess, session: Signed, method: string, path: string, body?: unknown) =>
    fetch(`${server.url}${path}`, {
      method,
      headers: { Cookie: session.cookie, 'X-CSRF-Token': session.csrf, Origin: server.url, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })

  /** An administrator made with the CLI, set up on one instance and logged in on the other. */
  async function administrator(setupOn: ServerProcess, loginOn: ServerProcess): Promise<Signed> {
    const email = `beheer.${randomBytes(3).toString('hex')}@example.nl`
    const created = await runCli(['user', 'add', '--email', email, '--role', 'administrator', '--name', 'Beheerder Test'], envFor(dataDirs[0]!))
    expect(created.code, created.stderr).toBe(0)
    const token = /\/inbox\/#\/setup\/([\w-]+)/.exec(created.stdout)![1]!
    const post = (server: ServerProcess, path: string, body: unknown) =>
      fetch(`${server.url}/api/v1${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: server.url }, body: JSON.stringify(body) })
    const { totpSecret } = (await (await post(setupOn, '/auth/setup/start', { token })).json()) as { totpSecret: string }
    const password = 'een lange zin voor twee servers'
    recordPlanted('staff secret', email, password, token, totpSecret)
    expect((await post(setupOn, '/auth/setup/finish', { token, password, code: currentTotp(totpSecret, Date.now()) })).status).toBe(200)
    // The setup spent this time step's code; a code is accepted once, so log in with the next step's.
    const login = await post(loginOn, '/auth/login', { email, password, code: currentTotp(totpSecret, Date.now() + 30_000) })
    expect(login.status).toBe(200)
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!
    const { csrfToken } = (await login.json()) as { csrfToken: string }
    recordPlanted('session', cookie.split('=')[1], csrfToken)
    return { cookie, csrf: csrfToken }
  }

  beforeAll(async () => {
    database = await createTestDatabase(postgresAdminUrl())
    sql = new pg.Client({ connectionString: database.url })
    await sql.connect()
    env = {
      DATABASE_URL: database.url,
      KLANKBORD_SECRET_KEY: randomBytes(32).toString('hex'),
      KLANKBORD_POW_DIFFICULTY: '1',
      KLANKBORD_TRUST_PROXY: 'on',
      KLANKBORD_JOB_LEASE_SECONDS: String(LEASE_SECONDS),
    }
    dataDirs.push(mkdtempSync(join(tmpdir(), 'klankbord-instance-a-')), mkdtempSync(join(tmpdir(), 'klankbord-instance-b-')))
    // Started at the same moment on the empty database: both migrate, add the demo and listen.
    const started = await Promise.all(dataDirs.map((dir) => startServerProcess(envFor(dir))))
    a = started[0]!
    b = started[1]!
  }, 120_000)

  afterAll(async () => {
    await Promise.all([a, b].map((server) => server?.stop().catch(() => undefined)))
    await sql?.end()
    await database?.drop()
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true })
  })

  it('started at once on an empty database, they migrate once and report the same level, store and jobs', async () => {
    const applied = await rows<{ hash: string }>('select hash from drizzle.__drizzle_migrations')
    expect(applied).toHaveLength(expectedMigrations())
    expect(new Set(applied.map((m) => m.hash)).size).toBe(applied.length)
    // The demo once, with both instances' origins on its partners.
    expect(await count('municipalities')).toBe(1)
    const [partner] = await rows<{ allowed_origins: string[] }>("select allowed_origins from partners where key = 'demo'")
    expect(partner!.allowed_origins).toEqual(expect.arrayContaining([a.url, b.url]))
    for (const server of [a, b]) {
      const health = (await (await fetch(`${server.url}/api/v1/health`)).json()) as Health
      expect(health).toMatchObject({ status: 'ok', store: { kind: 'postgres', reachable: true }, migrations: { applied: expectedMigrations(), expected: expectedMigrations() }, jobs: [], publication: null })
    }
  })

  it('a session made on one is used and ended on the other', async () => {
    const session = await administrator(a, a)
    expect((await staff(b, session, 'GET', '/api/v1/auth/session')).status).toBe(200)
    expect((await staff(b, session, 'GET', '/api/v1/admin/users')).status).toBe(200)
    expect((await staff(b, session, 'POST', '/api/v1/auth/logout')).status).toBe(204)
    expect((await staff(a, session, 'GET', '/api/v1/auth/session')).status).toBe(401)
    expect((await staff(b, session, 'GET', '/api/v1/auth/session')).status).toBe(401)
    // Set up on the one, logged in on the other: the administrator the later tests use.
    admin = await administrator(a, b)
  })

  it('counts one address against one limit: submissions spread over both reach it once', async () => {
    // The intake window is a clock hour; a burst that straddles the hour's end is sent again from a new address.
    const hour = () => Math.floor(Date.now() / 3_600_000)
    let attempt = 0
    let before: number
    let statuses: number[]
    do {
      const startedIn = hour()
      before = await count('concerns')
      statuses = await burst({ 'X-Forwarded-For': `198.51.100.${20 + attempt++}` })
      if (hour() === startedIn) break
    } while (attempt < 3)
    expect(statuses).toEqual([...Array(20).fill(201), ...Array(4).fill(429)])
    expect(await count('concerns')).toBe(before + 20)
    // Another address is not held up by it.
    const other = { 'X-Forwarded-For': '198.51.100.29' }
    expect((await postConcern(b.url, concernBody({ pow: await solvedPow(b.url, other) }), { Origin: b.url, ...other })).status).toBe(201)
  }, 90_000)

  /** 24 concerns from one address, sent one after the other to the two instances in turn; their statuses. */
  async function burst(address: Record<string, string>): Promise<number[]> {
    const statuses: number[] = []
    for (let i = 0; i < 24; i++) {
      const server = i % 2 === 0 ? a : b
      const pow = await solvedPow(server.url, address)
      const response = await postConcern(server.url, concernBody({ pow, description: `Bericht ${i} over de huishoudelijke hulp die niet komt.` }), { Origin: server.url, ...address })
      statuses.push(response.status)
      if (response.status === 429) expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
    }
    return statuses
  }

  it('one Idempotency-Key sent to both at once stores one concern, and both answer with it', async () => {
    const address = { 'X-Forwarded-For': '198.51.100.30' }
    const before = await count('concerns')
    const key = `two-instances-${randomBytes(8).toString('hex')}`
    const body = concernBody({ pow: await solvedPow(a.url, address), description: 'Het persoonsgebonden budget is te laat betaald.' })
    const answers = await Promise.all([a, b].map((server) => postConcern(server.url, body, { Origin: server.url, 'Idempotency-Key': key, ...address })))
    expect(answers.map((r) => r.status)).toEqual([201, 201])
    const [first, second] = (await Promise.all(answers.map((r) => r.json()))) as ConcernCreated[]
    expect(second!.reference).toBe(first!.reference)
    expect(await count('concerns')).toBe(before + 1)
    expect((await rows<{ n: number }>('select count(*)::int as n from idempotency_keys'))[0]!.n).toBeGreaterThanOrEqual(1)
  })

  it('one proof-of-work solution sent to both at once stores one concern', async () => {
    const address = { 'X-Forwarded-For': '198.51.100.40' }
    const before = await count('concerns')
    const pow = await solvedPow(b.url, address)
    const answers = await Promise.all(
      [a, b, a, b].map((server, i) => postConcern(server.url, concernBody({ pow, description: `Poging ${i} met één oplossing voor twee servers.` }), { Origin: server.url, ...address })),
    )
    expect(answers.map((r) => r.status).sort()).toEqual([201, 400, 400, 400])
    for (const refused of answers.filter((r) => r.status === 400)) expect(((await refused.json()) as { type: string }).type).toMatch(/pow-failed$/)
    expect(await count('concerns')).toBe(before + 1)
  })

  it('the statistics job asked of both at once runs once; the publication it makes is served by both with one version', async () => {
    const answers = await Promise.all([a, b].map((server) => staff(server, admin, 'POST', '/api/v1/admin/jobs/statistics')))
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409])
    const refused = answers.find((r) => r.status === 409)!
    expect(refused.headers.get('content-type')).toContain('application/problem+json')
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    const run = (await answers.find((r) => r.status === 200)!.json()) as JobRun
    expect(run).toMatchObject({ job: 'statistics', result: 'succeeded', error: null })
    expect(await rows('select job, result from job_runs')).toEqual([{ job: 'statistics', result: 'succeeded' }])

    const [publication] = await rows<{ version: string }>('select version from publications')
    // The other instance serves it within its freshness bound (two seconds).
    for (const server of [a, b]) {
      await expect.poll(async () => (await staff(server, admin, 'GET', '/api/v1/statistics/concerns')).headers.get('klankbord-publication'), { timeout: 5_000 }).toBe(String(publication!.version))
    }
    const [fromA, fromB] = await Promise.all([a, b].map(async (server) => (await staff(server, admin, 'GET', '/api/v1/statistics/concerns?format=csv')).text()))
    expect(fromB).toBe(fromA)
    expect(fromA!.split('\n').length).toBeGreaterThan(1)
    for (const server of [a, b]) {
      const health = (await (await fetch(`${server.url}/api/v1/health`)).json()) as Health
      expect(health.publication?.version).toBe(Number(publication!.version))
      expect(health.jobs).toEqual([expect.objectContaining({ job: 'statistics', result: 'succeeded' })])
    }
    // The annual report, from either instance and from the command, is made from the same version.
    const year = String(new Date().getFullYear())
    const report = await staff(b, admin, 'GET', `/api/v1/reports/${year}`)
    expect(report.status).toBe(200)
    expect(report.headers.get('klankbord-publication')).toBe(String(publication!.version))
    const file = join(dataDirs[1]!, 'report.pdf')
    const command = await runCli(['report', '--year', year, '--out', file], envFor(dataDirs[1]!))
    expect(command.code, command.stderr).toBe(0)
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-')
  }, 120_000)

  it('an instance killed while it holds a job: the other takes it once the lease has run out', async () => {
    const pid = a.child.pid!
    const versions = async () => (await rows<{ version: string }>('select version from publications')).map((row) => Number(row.version))
    const [before] = await versions()
    const holder = staff(a, admin, 'POST', '/api/v1/admin/jobs/statistics').catch(() => undefined)
    await expect.poll(async () => (await rows<{ owner: string | null }>("select owner from job_leases where job = 'statistics'"))[0]?.owner ?? '', { timeout: 10_000, interval: 20 }).toContain(`:${pid}:`)
    await a.stop('SIGKILL')
    await holder
    // Killed in the middle, it published nothing: the version before is still the one served.
    expect(await versions()).toEqual([before])
    const refused = await staff(b, admin, 'POST', '/api/v1/admin/jobs/statistics')
    expect(refused.status).toBe(409)
    const wait = Number(refused.headers.get('retry-after'))
    expect(wait).toBeGreaterThan(0)
    expect(wait).toBeLessThanOrEqual(LEASE_SECONDS)
    await new Promise((resolve) => setTimeout(resolve, wait * 1000 + 500))
    const taken = await staff(b, admin, 'POST', '/api/v1/admin/jobs/statistics')
    expect(taken.status).toBe(200)
    expect(((await taken.json()) as JobRun).result).toBe('succeeded')
    const [after] = await versions()
    expect(after).toBeGreaterThan(before!)
    expect((await staff(b, admin, 'GET', '/api/v1/statistics/concerns')).headers.get('klankbord-publication')).toBe(String(after))
    // The killed instance's run stays unfinished; the health shows the newest, finished one.
    const runs = await rows<{ owner: string; result: string; finished_at: Date | null }>("select owner, result, finished_at from job_runs where job = 'statistics' order by id")
    expect(runs.map((r) => r.result)).toEqual(['succeeded', 'running', 'succeeded'])
    expect(runs[1]!.owner).toContain(`:${pid}:`)
    expect(runs[1]!.finished_at).toBeNull()
    const health = (await (await fetch(`${b.url}/api/v1/health`)).json()) as Health
    expect(health.jobs).toEqual([expect.objectContaining({ job: 'statistics', result: 'succeeded' })])
  }, 120_000)
})
