import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli, startServerProcess, type ServerProcess } from '../support/cli.js'

describe('klankbord user add and retention run', () => {
  let dataDir: string
  let server: ServerProcess
  const env = () => ({ KLANKBORD_DATA_DIR: dataDir })

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'klankbord-cli-users-'))
    server = await startServerProcess(env())
  })
  afterAll(async () => {
    await server?.stop()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('makes the first administrator through the running server and prints a working one-time link', async () => {
    const result = await runCli(['user', 'add', '--email', 'Beheer@Example.nl', '--role', 'administrator', '--name', 'Bea Beheer'], env())
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const link = /(http:\/\/\S+\/inbox\/#\/setup\/([\w-]+))/.exec(result.stdout)
    expect(link?.[1]?.startsWith(server.url)).toBe(true)
    const start = await fetch(`${server.url}/api/v1/auth/setup/start`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: link![2] }) })
    expect(start.status).toBe(200)
    expect(await start.json()).toMatchObject({ email: 'beheer@example.nl', role: 'administrator', totpRequired: true })
  })

  it('refuses a duplicate e-mail address and an unknown role with a plain message', async () => {
    const duplicate = await runCli(['user', 'add', '--email', 'beheer@example.nl', '--role', 'administrator'], env())
    expect(duplicate.code).toBe(1)
    expect(duplicate.stderr).toMatch(/409/)
    const role = await runCli(['user', 'add', '--email', 'x@example.nl', '--role', 'boss'], env())
    expect(role.code).toBe(2)
    expect(role.stderr).toContain('--role')
  })

  it('gives a confidant the only municipality when none is named', async () => {
    const result = await runCli(['user', 'add', '--email', 'vera@example.nl', '--role', 'confidant'], env())
    expect(result.code).toBe(0)
  })

  it('runs retention through the server, also as a dry run', async () => {
    const dry = await runCli(['retention', 'run', '--dry-run'], env())
    expect(dry.code).toBe(0)
    expect(dry.stdout).toContain('--dry-run')
    const real = await runCli(['retention', 'run'], env())
    expect(real.code).toBe(0)
    expect(real.stdout).toMatch(/0 melding\(en\) gewist/)
  })

  it('works on the store directly when no server holds it', { timeout: 120_000 }, async () => {
    const own = mkdtempSync(join(tmpdir(), 'klankbord-cli-users-direct-'))
    try {
      const result = await runCli(['user', 'add', '--email', 'direct@example.nl', '--role', 'administrator', '--url', 'https://klankbord.example.nl'], { KLANKBORD_DATA_DIR: own })
      expect(result.stderr).toBe('')
      expect(result.stdout).toContain('https://klankbord.example.nl/inbox/#/setup/')
    } finally {
      rmSync(own, { recursive: true, force: true })
    }
  })
})
