import { randomBytes } from 'node:crypto'
import { syntheticConcernInput } from '@klankbord/fixtures'
import { ConcernInput } from '@klankbord/contract'
import { createApp } from '../../api/src/app.js'
import { buildDeps } from '../../api/src/build-deps.js'
import { loadConfig } from '../../api/src/config.js'
import { createLog } from '../../api/src/log.js'
import { hashPassword, verifyPassword } from '../../api/src/security/password.js'
import { listen } from '../../api/src/server.js'
import { createConcern } from '../../api/src/services/intake/create-concern.js'
import { ensureDemoData } from '../../api/src/services/municipalities/ensure-demo.js'
import { findPartner } from '../../api/src/services/partners/find-partner.js'
import { systemContext } from '../../api/src/services/shared/service-context.js'
import { createUser } from '../../api/src/services/users/create-user.js'
import { createSession } from '../../api/src/services/users/sessions.js'
import { migrateStore } from '../../api/src/store/migrate.js'
import { openMemoryStore } from '../../api/src/store/pglite-store.js'
import { ms, type Row } from './table.js'

const CONCERNS = 2_000
const CALLS = 100

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

async function timed(calls: number, call: (i: number) => Promise<Response>): Promise<{ p50: number; p99: number }> {
  const times: number[] = []
  for (let i = 0; i < calls; i++) {
    const started = performance.now()
    const response = await call(i)
    await response.arrayBuffer()
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    times.push(performance.now() - started)
  }
  return { p50: percentile(times, 50), p99: percentile(times, 99) }
}

/** What a confidant waits for, on PGlite with a few years of concerns: the inbox page, opening a case (decrypt + audit), logging in. */
export async function inboxRows(): Promise<Row[]> {
  const store = await openMemoryStore()
  await migrateStore(store)
  const config = loadConfig({ LOG_LEVEL: 'silent' }, { durableFlush: false })
  const deps = buildDeps({ store, config, log: createLog('silent'), masterKey: randomBytes(32) })
  const { server, port } = await listen(createApp(deps), '127.0.0.1', 0)
  try {
    await ensureDemoData(store.db, [`http://127.0.0.1:${port}`])
    const partner = (await findPartner(store.db, 'demo'))!
    const origin = { partnerId: partner.id, municipalityId: partner.municipality.id, firstContactWorkingDays: 2 }
    const ids: string[] = []
    for (let i = 0; i < CONCERNS; i += 100)
      ids.push(
        ...(await Promise.all(
          Array.from({ length: 100 }, async (_, j) => (await createConcern(systemContext(deps), { content: ConcernInput.parse(syntheticConcernInput(7, i + j)), origin, channel: 'widget-inline' })).concernId),
        )),
      )
    const { row } = await createUser(systemContext(deps), { email: 'bench@example.nl', name: 'Bench', role: 'confidant', municipalityIds: [partner.municipality.id] })
    const { token } = await createSession(systemContext(deps), row.id)
    const headers = { Cookie: `klankbord-session=${token}` }
    const base = `http://127.0.0.1:${port}/api/v1/inbox`
    const list = await timed(CALLS, () => fetch(`${base}/concerns?limit=50`, { headers }))
    const filtered = await timed(CALLS, () => fetch(`${base}/concerns?limit=50&domain=wmo&overdue=false&kind=treatment`, { headers }))
    const open = await timed(CALLS, (i) => fetch(`${base}/concerns/${ids[(i * 37) % ids.length]}`, { headers }))
    const hash = await hashPassword('een lange zin voor de bench')
    const verifyTimes: number[] = []
    for (let i = 0; i < 10; i++) {
      const started = performance.now()
      await verifyPassword(hash, 'een lange zin voor de bench')
      verifyTimes.push(performance.now() - started)
    }
    const note = `${CONCERNS} concerns on in-memory PGlite, ${CALLS} sequential calls`
    return [
      { measure: 'inbox page of 50, p50 / p99', value: `${ms(list.p50)} / ${ms(list.p99)}`, note },
      { measure: 'inbox page, 3 filters, p50 / p99', value: `${ms(filtered.p50)} / ${ms(filtered.p99)}`, note },
      { measure: 'open a case, p50 / p99', value: `${ms(open.p50)} / ${ms(open.p99)}`, note: 'decrypts text, contact and timeline; writes an audit entry' },
      { measure: 'argon2id password check, p50', value: ms(percentile(verifyTimes, 50)), note: '19 MiB, 2 passes: the cost of one login attempt' },
    ]
  } finally {
    server.close()
    await deps.queue.idle()
    await store.close()
  }
}
