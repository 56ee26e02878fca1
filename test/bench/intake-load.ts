import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import { syntheticConcernInput } from '@klankbord/fixtures'
import { KLANKBORD_BIN, startPrintingServer } from '../support/cli.js'
import { intakeStoreCeiling } from './intake-store-ceiling.js'
import { ms, type Row } from './table.js'

const HELLO = fileURLToPath(new URL('./hello-server.mjs', import.meta.url))
const DURATION_S = 5
const CONNECTIONS = 128
/** This machine's figures wander by tens of percents between runs; hello world and intake alternate, and medians are reported. */
const ROUNDS = 3

type Server = { url: string; stop(): Promise<unknown> }
type Load = { rps: number; p50: number; p99: number; errors: number }

async function startIntake(env: Record<string, string>): Promise<Server> {
  const dataDir = mkdtempSync(join(tmpdir(), 'klankbord-bench-'))
  const server = await startPrintingServer([KLANKBORD_BIN, 'serve', '--demo', '--port', '0'], {
    KLANKBORD_DATA_DIR: dataDir,
    KLANKBORD_POW: 'off',
    KLANKBORD_RATE_LIMIT: 'off',
    ...env,
  })
  return { url: `${server.url}/api/v1/concerns`, stop: () => server.stop().finally(() => rmSync(dataDir, { recursive: true, force: true })) }
}

async function load(url: string, body: string): Promise<Load> {
  const options = { url, method: 'POST' as const, headers: { 'content-type': 'application/json' }, body, connections: CONNECTIONS }
  await autocannon({ ...options, duration: 1 })
  const result = await autocannon({ ...options, duration: DURATION_S })
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const medianLoad = (runs: Load[]): Load => ({
  rps: median(runs.map((r) => r.rps)),
  p50: median(runs.map((r) => r.p50)),
  p99: median(runs.map((r) => r.p99)),
  errors: runs.reduce((sum, r) => sum + r.errors, 0),
})

function rows(label: string, r: Load, runs: number): Row[] {
  return [
    { measure: `${label}, req/s`, value: r.rps.toFixed(0), note: `median of ${runs} × ${DURATION_S} s, ${CONNECTIONS} connections, ${r.errors} errors` },
    { measure: `${label}, p50 / p99`, value: `${ms(r.p50)} / ${ms(r.p99)}` },
  ]
}

/** Intake throughput next to bare Hono, on PGlite with and without the WAL flush, and on PostgreSQL when present. */
export async function intakeRows(postgresUrl: string | undefined): Promise<Row[]> {
  const body = JSON.stringify(syntheticConcernInput(42, 1))
  const hello = await startPrintingServer([HELLO], {})
  const durable = await startIntake({})
  const helloRuns: Load[] = []
  const intakeRuns: Load[] = []
  try {
    for (let round = 0; round < ROUNDS; round++) {
      helloRuns.push(await load(`${hello.url}/hello`, '{"hello":"world"}'))
      intakeRuns.push(await load(durable.url, body))
    }
  } finally {
    await hello.stop()
    await durable.stop()
  }
  const ratios = intakeRuns.map((r, i) => r.rps / helloRuns[i]!.rps)
  const intake = medianLoad(intakeRuns)
  const helloLoad = medianLoad(helloRuns)
  const ceiling = await intakeStoreCeiling()
  const out: Row[] = [
    ...rows('bare Hono hello world', helloLoad, ROUNDS),
    ...rows('intake PGlite + WAL flush', intake, ROUNDS),
    {
      measure: 'intake / hello world',
      value: `${(median(ratios) * 100).toFixed(1)} %`,
      note: `per round ${ratios.map((r) => `${(r * 100).toFixed(1)} %`).join(', ')}; target ≥ 20 % (proof of work and rate limit off)`,
    },
    {
      measure: 'store alone (group commit + WAL flush, no HTTP)',
      value: `${ceiling.perSecond.toFixed(0)} /s`,
      note: `${((ceiling.perSecond / helloLoad.rps) * 100).toFixed(1)} % of hello world: the ceiling for intake on PGlite, records built before the clock, ${ceiling.records.toLocaleString('en-US')} in 5 s`,
    },
  ]
  const unflushedServer = await startIntake({ KLANKBORD_DURABLE_FLUSH: 'off' })
  const unflushed = await load(unflushedServer.url, body).finally(() => unflushedServer.stop())
  out.push(...rows('intake PGlite, no flush', unflushed, 1))
  if (postgresUrl) {
    const pgServer = await startIntake({ DATABASE_URL: postgresUrl })
    out.push(...rows('intake PostgreSQL', await load(pgServer.url, body).finally(() => pgServer.stop()), 1))
  }
  return out
}
