import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ConcernCreated } from '@klankbord/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { concernBody, postConcern } from '../support/concern-body.js'
import { runCli, startServerProcess } from '../support/cli.js'
import { createTestDatabase } from '../support/postgres.js'
import { postgresAdminUrl } from '../support/stores.js'

const ENV_NO_SPAM_CHECKS = { KLANKBORD_POW: 'off', KLANKBORD_RATE_LIMIT: 'off' }

describe('klankbord CLI', () => {
  // Ten processes one after the other: slow on a busy machine, so it gets more time than one request.
  it('has --help on every command', { timeout: 120_000 }, async () => {
    for (const args of [['--help'], ['serve', '--help'], ['migrate', '--help'], ['concerns', '--help'], ['concerns', 'list', '--help'], ['user', '--help'], ['user', 'add', '--help'], ['retention', '--help'], ['retention', 'run', '--help'], ['redact', '--help']]) {
      const result = await runCli(args)
      expect(result.code, args.join(' ')).toBe(0)
      expect(result.stdout).toMatch(/Gebruik \/ Usage: klankbord/)
    }
  })

  it('has --help on the operator\'s commands: backup, restore, keys rotate', { timeout: 120_000 }, async () => {
    for (const args of [['backup', '--help'], ['restore', '--help'], ['keys', '--help'], ['keys', 'rotate', '--help']]) {
      const result = await runCli(args)
      expect(result.code, args.join(' ')).toBe(0)
      expect(result.stdout).toMatch(/Gebruik \/ Usage: klankbord/)
    }
  })

  it('explains unknown commands and options without a stack trace', async () => {
    const unknown = await runCli(['frobnicate'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/unknown command: frobnicate/)
    const badOption = await runCli(['serve', '--poort', '1'])
    expect(badOption.code).toBe(2)
    expect(badOption.stderr).toMatch(/--poort/)
    expect(badOption.stderr).not.toMatch(/at .*\.js:\d+/)
  })
})

describe('the embedded store in a data directory', () => {
  let dataDir: string
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'klankbord-cli-'))
  })
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

  it('serves, lists through the running server, refuses a second opener, and keeps acknowledged concerns after a kill', async () => {
    const env = { ...ENV_NO_SPAM_CHECKS, KLANKBORD_DATA_DIR: dataDir }
    const server = await startServerProcess(env)
    try {
      expect(server.output()).toMatch(/proof-of-work staat UIT/)
      // What it prints is true: the pages and documents it names answer.
      for (const label of ['Inbox vertrouwenspersoon', 'Dashboard gemeenteraad', 'Melding volgen / follow-up', 'OpenAPI', 'Widget']) {
        const url = new RegExp(`${label.replace(/[/]/g, '\\/')}:\\s+(\\S+)`).exec(server.output())?.[1]
        expect(url, label).toBeTruthy()
        expect((await fetch(url!)).status, label).toBe(200)
      }
      const keyMode = statSync(join(dataDir, 'klankbord.key')).mode & 0o777
      expect(keyMode).toBe(0o600)

      const created = (await (await postConcern(server.url, concernBody(), { Origin: server.url })).json()) as ConcernCreated
      expect(created.reference).toMatch(/^KB-/)

      const listed = await runCli(['concerns', 'list'], env)
      expect(listed.code).toBe(0)
      expect(listed.stdout).toContain(created.reference)
      expect(listed.stdout).toContain('wmo')
      expect(listed.stdout).not.toContain('huishoudelijke hulp')
      expect(listed.stdout).not.toContain('inwoner.test@example.nl')

      const second = await runCli(['serve', '--port', '0'], env)
      expect(second.code).toBe(1)
      expect(second.stderr).toMatch(/in use by process \d+/)

      const migrate = await runCli(['migrate'], env)
      expect(migrate.code).toBe(1)
      expect(migrate.stderr).toMatch(/one process at a time/)

      // SIGKILL: no shutdown code runs, the lock file stays behind and must be recognised as stale.
      await server.stop('SIGKILL')
    } finally {
      server.child.kill('SIGKILL')
    }

    const afterKill = await runCli(['concerns', 'list', '--json'], { KLANKBORD_DATA_DIR: dataDir })
    expect(afterKill.stderr).toBe('')
    expect(afterKill.code).toBe(0)
    const rows = JSON.parse(afterKill.stdout) as { reference: string; status: string }[]
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ status: 'new' })

    // A restart with --demo on the same data keeps working and keeps what was stored.
    const restarted = await startServerProcess(env)
    try {
      const second = await postConcern(restarted.url, concernBody(), { Origin: restarted.url })
      expect(second.status).toBe(201)
    } finally {
      await restarted.stop()
    }
    const afterRestart = await runCli(['concerns', 'list', '--json'], { KLANKBORD_DATA_DIR: dataDir })
    expect(JSON.parse(afterRestart.stdout)).toHaveLength(2)
  }, 90_000)

  it('refuses a key file that others can read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'klankbord-key-'))
    writeFileSync(join(dir, 'klankbord.key'), `${'ab'.repeat(32)}\n`, { mode: 0o644 })
    const result = await runCli(['serve', '--port', '0'], { KLANKBORD_DATA_DIR: dir })
    expect(result.code).not.toBe(0)
    expect(result.stderr).toMatch(/chmod 600/)
    rmSync(dir, { recursive: true, force: true })
  })
})

describe.skipIf(!postgresAdminUrl())('the CLI on PostgreSQL (DATABASE_URL)', () => {
  it('runs beside a running server, because PostgreSQL allows many processes', async () => {
    const database = await createTestDatabase(postgresAdminUrl())
    const dataDir = mkdtempSync(join(tmpdir(), 'klankbord-pg-'))
    const env = { ...ENV_NO_SPAM_CHECKS, DATABASE_URL: database.url, KLANKBORD_DATA_DIR: dataDir }
    const server = await startServerProcess(env)
    try {
      const created = (await (await postConcern(server.url, concernBody())).json()) as ConcernCreated
      expect((await runCli(['migrate'], env)).code).toBe(0)
      const listed = await runCli(['concerns', 'list'], env)
      expect(listed.code).toBe(0)
      expect(listed.stdout).toContain(created.reference)
    } finally {
      await server.stop()
      await database.drop()
      rmSync(dataDir, { recursive: true, force: true })
    }
  }, 60_000)
})
