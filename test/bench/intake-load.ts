import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import { syntheticConcernInput } from '@klankbord/fixtures'
import { KLANKBORD_BIN } from '../support/cli.js'
import { ms, type Row } from './table.js'

const HELLO = fileURLToPath(new URL('./hello-server.mjs', import.meta.url))
const DURATION_S = 6
const CONNECTIONS = 64

type Server = { url: string; stop(): Promise<void> }

function startProcess(args: string[], env: Record<string, string>): Promise<Server> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const onData = (chunk: Buffer) => {
      output += chunk
      const match = /API:\s+(http:\/\/\S+)\/api\/v1/.exec(output)
      if (match)
        resolve({
          url: match[1]!,
          stop: () =>
            new Promise((done) => {
              child.once('exit', () => done())
              child.kill('SIGTERM')
            }),
        })
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', (chunk) => (output += chunk))
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)))
  })
}

async function load(url: string, body: string) {
  const options = { url, method: 'POST' as const, headers: { 'content-type': 'application/json' }, body, connections: CONNECTIONS }
  await autocannon({ ...options, duration: 1 })
  const result = await autocannon({ ...options, duration: DURATION_S })
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx }
}

async function measureIntake(label: string, env: Record<string, string>): Promise<{ rows: Row[]; rps: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'klankbord-bench-'))
  const server = await startProcess([KLANKBORD_BIN, 'serve', '--demo', '--port', '0'], {
    KLANKBORD_DATA_DIR: dataDir,
    KLANKBORD_POW: 'off',
    KLANKBORD_RATE_LIMIT: 'off',
    ...env,
  })
  try {
    const body = JSON.stringify(syntheticConcernInput(42, 1))
    const r = await load(`${server.url}/api/v1/concerns`, body)
    return {
      rps: r.rps,
      rows: [
        { measure: `intake ${label}, req/s`, value: r.rps.toFixed(0), note: `${CONNECTIONS} connections, ${DURATION_S} s, ${r.errors} errors` },
        { measure: `intake ${label}, p50 / p99`, value: `${ms(r.p50)} / ${ms(r.p99)}` },
      ],
    }
  } finally {
    await server.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/** Intake throughput against bare Hono, on PGlite with and without the WAL flush, and on PostgreSQL when present. */
export async function intakeRows(postgresUrl: string | undefined): Promise<Row[]> {
  const hello = await startProcess([HELLO], {})
  const baseline = await load(`${hello.url}/hello`, '{"hello":"world"}').finally(() => hello.stop())
  const rows: Row[] = [
    { measure: 'bare Hono hello world, req/s', value: baseline.rps.toFixed(0), note: `POST → 201 JSON, same machine` },
    { measure: 'bare Hono hello world, p50 / p99', value: `${ms(baseline.p50)} / ${ms(baseline.p99)}` },
  ]
  const durable = await measureIntake('PGlite + WAL flush', {})
  rows.push(...durable.rows, {
    measure: 'intake / hello world',
    value: `${((durable.rps / baseline.rps) * 100).toFixed(1)} %`,
    note: 'target ≥ 20 % (proof of work and rate limit off)',
  })
  const unflushed = await measureIntake('PGlite, no flush', { KLANKBORD_DURABLE_FLUSH: 'off' })
  rows.push(...unflushed.rows, {
    measure: 'throughput cost of the WAL flush',
    value: `${(100 - (durable.rps / unflushed.rps) * 100).toFixed(1)} %`,
    note: 'group commit: one flush per batch',
  })
  if (postgresUrl) {
    const pg = await measureIntake('PostgreSQL', { DATABASE_URL: postgresUrl })
    rows.push(...pg.rows)
  }
  return rows
}
