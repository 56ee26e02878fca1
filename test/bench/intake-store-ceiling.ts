import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConcernInput } from '@klankbord/contract'
import { syntheticConcernInput } from '@klankbord/fixtures'
import { eq } from 'drizzle-orm'
import { partnersTable } from '../../api/src/db/schema/index.js'
import { createCipher } from '../../api/src/security/cipher.js'
import { createFollowUpHasher } from '../../api/src/security/follow-up-hash.js'
import { buildConcernRecord } from '../../api/src/services/intake/concern-record.js'
import { createIntakeQueue, type ConcernRecord } from '../../api/src/services/intake/intake-queue.js'
import { DEMO_PARTNER_KEYS, ensureDemoData } from '../../api/src/services/municipalities/ensure-demo.js'
import { migrateStore } from '../../api/src/store/migrate.js'
import { openPgliteStore } from '../../api/src/store/pglite-store.js'

const SUBMITTERS = 128
const DURATION_MS = 5_000
/** More than the store commits in DURATION_MS on this machine; built before the clock starts. */
const PREBUILT = 60_000

/**
 * The most concerns per second the store itself can take: the server's own group commit and WAL flush on PGlite,
 * fed by 128 submitters in one process with records built (and encrypted) before the clock starts. No HTTP, no
 * validation, no logging: whatever intake reaches over HTTP, it cannot pass this.
 */
export async function intakeStoreCeiling(): Promise<{ perSecond: number; records: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'klankbord-bench-ceiling-'))
  const store = await openPgliteStore({ dataDir })
  try {
    await migrateStore(store)
    await ensureDemoData(store.db, ['http://127.0.0.1'])
    const [partner] = await store.db.select().from(partnersTable).where(eq(partnersTable.key, DEMO_PARTNER_KEYS.municipality))
    if (!partner) throw new Error('The demo partner is missing')
    const masterKey = randomBytes(32)
    const deps = { cipher: createCipher(masterKey), followUp: createFollowUpHasher(masterKey), now: () => new Date() }
    const input = ConcernInput.parse(syntheticConcernInput(42, 1))
    const origin = { partnerId: partner.id, municipalityId: partner.municipalityId, firstContactWorkingDays: 5 }
    const records: ConcernRecord[] = Array.from({ length: PREBUILT }, () => buildConcernRecord(deps, { content: input, origin, channel: 'widget-inline' }).record)
    const queue = createIntakeQueue(store)
    let next = 0
    const started = performance.now()
    const submitter = async () => {
      while (performance.now() - started < DURATION_MS && next < records.length) await queue.submit(records[next++]!)
    }
    await Promise.all(Array.from({ length: SUBMITTERS }, submitter))
    const seconds = (performance.now() - started) / 1000
    return { perSecond: next / seconds, records: next }
  } finally {
    await store.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
