import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'
import { syntheticConcernInput } from '@klankbord/fixtures'
import pg from 'pg'
import { openPgliteStore } from '../../api/src/store/pglite-store.js'
import { executeRows } from '../../api/src/store/execute-rows.js'
import { sql } from 'drizzle-orm'
import { startServerProcess, type ServerProcess } from '../support/cli.js'
import { createTestDatabase } from '../support/postgres.js'
import { ms, type Row } from './table.js'

/** The load test: 30 s (KLANKBORD_BENCH_LOAD_SECONDS) of as many concerns as the server takes, every 201 checked in the store. */
const DURATION_S = Number(process.env.KLANKBORD_BENCH_LOAD_SECONDS ?? 30)
/** Enough open connections to keep the server busy: a closed loop finds the highest rate it sustains. */
const CONNECTIONS = 64

type Load = { rps: number; p50: number; p99: number; accepted: Set<string>; refused: number; errors: number }

/** Concerns sent over `connections`, each with its own Idempotency-Key; the references of the 201s are kept to check the store. */
async function load(url: string, connections: number): Promise<Load> {
  const body = JSON.stringify(syntheticConcernInput(42, 1))
  const prefix = randomBytes(4).toString('hex')
  let sent = 0
  const accepted = new Set<string>()
  let refused = 0
  const result = await autocannon({
    url: `${url}/api/v1/concerns`,
    connections,
    duration: DURATION_S,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        setupRequest: (request) => ({ ...request, headers: { ...request.headers, 'idempotency-key': `load-${prefix}-${++sent}` } }),
        onResponse: (status, responseBody) => {
          if (status === 201) accepted.add((JSON.parse(responseBody) as { reference: string }).reference)
          else if (status === 429) refused += 1
        },
      },
    ],
  })
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, accepted, refused, errors: result.errors + result.non2xx - refused }
}

/** Every accepted concern is in the store once; besides them only those still in flight when the clock stopped. */
function storedOnce(load: Load, stored: readonly string[]): string {
  const inStore = new Set(stored)
  const missing = [...load.accepted].filter((reference) => !inStore.has(reference)).length
  const duplicates = stored.length - inStore.size
  const extra = inStore.size - (load.accepted.size - missing)
  return `${load.accepted.size} × 201, ${missing} missing, ${duplicates} twice, ${extra} more in flight at the end (≤ ${CONNECTIONS}), ${load.errors} errors, ${load.refused} × 429`
}

function rows(label: string, r: Load, check: string): Row[] {
  return [
    { measure: `load ${label}, req/s`, value: r.rps.toFixed(0), note: `${DURATION_S} s, ${CONNECTIONS} connections; ${check}` },
    { measure: `load ${label}, p50 / p99`, value: `${ms(r.p50)} / ${ms(r.p99)}` },
  ]
}

const ENV = { KLANKBORD_POW: 'off', KLANKBORD_RATE_LIMIT: 'off' }

async function onPglite(): Promise<Row[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'klankbord-load-'))
  try {
    const server = await startServerProcess({ ...ENV, KLANKBORD_DATA_DIR: dataDir })
    const result = await load(server.url, CONNECTIONS).finally(() => server.stop())
    const store = await openPgliteStore({ dataDir })
    const stored = await executeRows(store.db, sql`select reference from concerns`).finally(() => store.close())
    return rows('PGlite', result, storedOnce(result, stored.map((row) => String(row.reference))))
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/** One or two instances on a fresh PostgreSQL database; with two, each gets half the connections, and the slower one's latency is shown. */
async function onPostgres(adminUrl: string, instances: 1 | 2): Promise<{ rows: Row[]; rps: number }> {
  const database = await createTestDatabase(adminUrl)
  const dirs = Array.from({ length: instances }, () => mkdtempSync(join(tmpdir(), 'klankbord-load-')))
  const env = { ...ENV, DATABASE_URL: database.url, KLANKBORD_SECRET_KEY: randomBytes(32).toString('hex') }
  let servers: ServerProcess[] = []
  try {
    servers = await Promise.all(dirs.map((dir) => startServerProcess({ ...env, KLANKBORD_DATA_DIR: dir })))
    const loads = await Promise.all(servers.map((server) => load(server.url, CONNECTIONS / instances)))
    await Promise.all(servers.map((server) => server.stop()))
    servers = []
    const result: Load = {
      rps: loads.reduce((sum, l) => sum + l.rps, 0),
      p50: Math.max(...loads.map((l) => l.p50)),
      p99: Math.max(...loads.map((l) => l.p99)),
      accepted: new Set(loads.flatMap((l) => [...l.accepted])),
      refused: loads.reduce((sum, l) => sum + l.refused, 0),
      errors: loads.reduce((sum, l) => sum + l.errors, 0),
    }
    const client = new pg.Client({ connectionString: database.url })
    await client.connect()
    const stored = (await client.query<{ reference: string }>('select reference from concerns')).rows.map((row) => row.reference)
    await client.end()
    return { rows: rows(instances === 1 ? 'PostgreSQL, one instance' : 'PostgreSQL, two instances', result, storedOnce(result, stored)), rps: result.rps }
  } finally {
    await Promise.all(servers.map((server) => server.stop()))
    await database.drop()
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
  }
}

/** The load test on PGlite, on PostgreSQL, and on two instances sharing one PostgreSQL. */
export async function instancesLoadRows(postgresAdminUrl: string | undefined): Promise<Row[]> {
  const out = await onPglite()
  if (!postgresAdminUrl) return out
  const one = await onPostgres(postgresAdminUrl, 1)
  const two = await onPostgres(postgresAdminUrl, 2)
  out.push(...one.rows, ...two.rows, {
    measure: 'two instances / one, on PostgreSQL',
    value: `${(two.rps / one.rps).toFixed(2)} ×`,
    note: 'target ≥ 1.5 ×; server processes, PostgreSQL and the load generator share this machine\'s cores',
  })
  return out
}
