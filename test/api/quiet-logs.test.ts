import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServerProcess, type ServerProcess } from '../support/cli.js'
import { createTestDatabase } from '../support/postgres.js'
import { postgresAdminUrl } from '../support/stores.js'

type LogLine = { level: number; msg: string; route?: string }

/** A handful of requests of the kinds a busy day brings: pages, the widget's reads, the inbox's poll, an invalid post. */
async function someRequests(url: string): Promise<number> {
  const requests = [
    fetch(`${url}/api/v1/health`),
    fetch(`${url}/api/v1/openapi.json`),
    fetch(`${url}/api/v1/partners/demo`),
    fetch(`${url}/inbox/`),
    fetch(`${url}/widget/v1/klankbord.js`),
    fetch(`${url}/api/v1/concerns`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }),
  ]
  for (const response of await Promise.all(requests)) await response.arrayBuffer()
  return requests.length
}

function logLines(stderr: string): LogLine[] {
  // Every line on stderr is one JSON object: nothing else is printed there.
  return stderr.split('\n').filter(Boolean).map((line) => JSON.parse(line) as LogLine)
}

describe('a real server process keeps the terminal quiet', () => {
  let dataDir: string
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'klankbord-quiet-'))
  })
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

  async function served(env: Record<string, string>, work: (server: ServerProcess) => Promise<void>): Promise<{ stdout: string; lines: LogLine[] }> {
    const server = await startServerProcess({ KLANKBORD_DATA_DIR: dataDir, ...env })
    const bannerOnly = server.stdout()
    try {
      await work(server)
    } finally {
      expect(await server.stop('SIGTERM')).toBe(0)
    }
    // After the banner only the goodbye reaches stdout.
    expect(server.stdout().slice(bannerOnly.length)).toBe('Klankbord stopt / stopping…\n')
    return { stdout: bannerOnly, lines: logLines(server.stderr()) }
  }

  it('at LOG_LEVEL=info: a banner with the settings in force, then only the start and stop lines, no line per request', async () => {
    const { stdout, lines } = await served({ LOG_LEVEL: 'info' }, async (server) => {
      await someRequests(server.url)
      await someRequests(server.url)
    })
    expect(stdout).toContain(`Opslag / store:                 PGlite in ${dataDir}`)
    expect(stdout).toMatch(/Openbare cijfers \/ public statistics: uit \/ off/)
    expect(stdout).toMatch(/E-mail aan inwoners \/ mail:\s+uit \/ off/)
    expect(stdout).toMatch(/Proof of work:\s+aan \/ on \(moeilijkheid \/ difficulty 4\)/)
    expect(stdout).toMatch(/Rate limits:\s+aan \/ on/)
    expect(lines.map((l) => l.msg)).toEqual(['server started', 'server stopped'])
  })

  it('at LOG_LEVEL=debug: one line per request, with the route pattern', async () => {
    let sent = 0
    const { lines } = await served({ LOG_LEVEL: 'debug' }, async (server) => {
      sent = await someRequests(server.url)
    })
    const requestLines = lines.filter((l) => l.msg === 'request')
    expect(requestLines).toHaveLength(sent)
    expect(requestLines.map((l) => l.route)).toContain('/api/v1/partners/:key')
  })

  it('shows the switches as set: public statistics and mail on, proof of work and rate limits off', async () => {
    const { stdout } = await served(
      { LOG_LEVEL: 'info', KLANKBORD_PUBLIC_STATISTICS: 'on', KLANKBORD_SMTP_URL: 'smtp://127.0.0.1:9', KLANKBORD_POW: 'off', KLANKBORD_RATE_LIMIT: 'off' },
      async (server) => void (await someRequests(server.url)),
    )
    expect(stdout).toMatch(/Openbare cijfers \/ public statistics: aan \/ on/)
    expect(stdout).toMatch(/E-mail aan inwoners \/ mail:\s+aan \/ on/)
    expect(stdout).toMatch(/Proof of work:\s+uit \/ off/)
    expect(stdout).toMatch(/Rate limits:\s+uit \/ off/)
  })

  it.skipIf(postgresAdminUrl() === '')('on PostgreSQL names the host and database, never the password', async () => {
    const database = await createTestDatabase(postgresAdminUrl())
    try {
      const url = new URL(database.url)
      url.password = 'not-for-the-terminal-8841'
      const server = await startServerProcess({ KLANKBORD_DATA_DIR: dataDir, DATABASE_URL: url.toString(), LOG_LEVEL: 'info' })
      await server.stop('SIGTERM')
      expect(server.stdout()).toContain(`Opslag / store:                 PostgreSQL ${url.hostname}:${url.port}${url.pathname}`)
      expect(server.output()).not.toContain('not-for-the-terminal-8841')
      // Each machine would make its own key file: the banner says the instances must share one key.
      expect(server.stdout()).toMatch(/Give them all the same KLANKBORD_SECRET_KEY/)
    } finally {
      await database.drop()
    }
  })
})
