import { randomBytes } from 'node:crypto'
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createCipher } from '../../api/src/security/cipher.js'
import { keyId } from '../../api/src/security/key-id.js'
import { loadKeyRing } from '../../api/src/security/secret-key.js'
import { ENCRYPTED_FIELDS } from '../../api/src/services/keys/encrypted-fields.js'
import { countOutdated, reencryptBatch } from '../../api/src/services/keys/reencrypt.js'
import { swapKeyFile } from '../../api/src/services/keys/swap-key-file.js'
import { openStore } from '../../api/src/store/open-store.js'
import { availableKinds, newPlace, type Place, type StoreKind } from '../support/backup-places.js'
import { runCli, startServerProcess, type ServerProcess } from '../support/cli.js'
import { addConfidant, followUp, postFrom, readCasesAsConfidant, submitConcern, type Resident } from '../support/installation-flows.js'

const BASE_ENV = { KLANKBORD_POW: 'off', KLANKBORD_RATE_LIMIT: 'off' }
const places: Place[] = []
afterEach(async () => {
  for (const place of places.splice(0)) await place.drop()
})

async function place(kind: StoreKind, env: Record<string, string> = {}): Promise<Place> {
  const made = await newPlace(kind, { ...BASE_ENV, ...env })
  places.push(made)
  return made
}

/** A resident's message after the concern: one more kind of encrypted field to carry across. */
async function writeMessage(url: string, resident: Resident): Promise<void> {
  const response = await postFrom(url, `/concerns/${resident.created.reference}/messages`, { body: `Aanvulling van ${resident.email}` }, { 'Follow-Up-Code': resident.created.followUpCode })
  expect(response.status).toBe(201)
}

/** Every ciphertext in the store, read with the store's own key ring: all must be under `current`. */
async function expectAllUnder(target: Place, current: string): Promise<void> {
  const store = await openStore({ databaseUrl: target.env.DATABASE_URL, dataDir: target.dataDir, durableFlush: false })
  try {
    const ring = loadKeyRing({ secretKey: target.env.KLANKBORD_SECRET_KEY, previousSecretKey: undefined, dataDir: target.dataDir })
    expect(ring.current().id).toBe(current)
    expect(await countOutdated(store.db, ring)).toBe(0)
    let seen = 0
    for (const field of ENCRYPTED_FIELDS)
      for (const row of (await store.db.select({ cipher: field.cipher }).from(field.table)) as { cipher: string | null }[])
        if (row.cipher !== null) {
          expect(row.cipher.startsWith(`v2.${current}.`), field.name).toBe(true)
          seen++
        }
    expect(seen).toBeGreaterThan(10)
  } finally {
    await store.close()
  }
}

/**
 * Writes and reads all the time until `until` settles; every answer must be a success (no downtime). Returns what was
 * written and how many rounds began while the rotation was still running, so a test can check they overlapped.
 */
async function trafficUntil(url: string, readers: Resident[], until: Promise<unknown>): Promise<{ written: Resident[]; overlapping: number }> {
  let done = false
  void until.finally(() => (done = true))
  const written: Resident[] = []
  let overlapping = 0
  for (let n = 0; !done || n < 3; n++) {
    if (!done) overlapping++
    const [fresh, ...reads] = await Promise.all([submitConcern(url, `tijdens de rotatie ${n}`), ...readers.map((r) => followUp(url, r))])
    for (const read of reads) expect(read.status).toBe(200)
    written.push(fresh!)
    await writeMessage(url, fresh!)
  }
  return { written, overlapping }
}

describe.each(availableKinds())('klankbord keys rotate with the key file, on %s, while the server runs', (kind: StoreKind) => {
  it('re-encrypts what was written before, during and after; everything reads back through the API', { timeout: 300_000 }, async () => {
    const target = await place(kind)
    let server: ServerProcess | undefined = await startServerProcess(target.env)
    try {
      const confidant = await addConfidant(server, target.env)
      const before: Resident[] = []
      for (let n = 0; n < 8; n++) before.push(await submitConcern(server.url, `voor de rotatie ${n}`))
      for (const resident of before.slice(0, 4)) await writeMessage(server.url, resident)
      const oldId = keyId(Buffer.from(readFileSync(join(target.dataDir, 'klankbord.key'), 'utf8').trim(), 'hex'))

      // The rotation runs in its own process, in small steps, while residents write and read at the same moment.
      const rotation = runCli(['keys', 'rotate', '--batch', '3'], target.env)
      const { written: during, overlapping } = await trafficUntil(server.url, before, rotation)
      const rotated = await rotation
      expect(overlapping).toBeGreaterThanOrEqual(2)
      expect(rotated.code, rotated.stderr).toBe(0)
      expect(rotated.stdout).toMatch(/everything is under key [0-9a-f]{8}/)
      // Not a terminal: no progress bar, only the outcome and what to do with the old key.
      expect(rotated.stdout).not.toContain('\r')
      expect(rotated.stdout).toMatch(/keep it offline with the backups made before today/)
      const newId = /everything is under key ([0-9a-f]{8})/.exec(rotated.stdout)![1]!
      expect(newId).not.toBe(oldId)
      const oldFiles = readdirSync(target.dataDir).filter((name) => name.startsWith('klankbord.key.old-'))
      expect(oldFiles).toHaveLength(1)
      expect(keyId(Buffer.from(readFileSync(join(target.dataDir, oldFiles[0]!), 'utf8').trim(), 'hex'))).toBe(oldId)

      const after = [await submitConcern(server.url, 'na de rotatie 1'), await submitConcern(server.url, 'na de rotatie 2')]
      const everyone = [...before, ...during, ...after]
      for (const resident of everyone) expect((await followUp(server.url, resident)).status).toBe(200)
      await readCasesAsConfidant(server.url, confidant, everyone)
      await server.stop()
      server = undefined
      await expectAllUnder(target, newId)

      // Restarted without the old key: every concern still reads back, the confidant still logs in.
      for (const old of oldFiles) rmSync(join(target.dataDir, old))
      server = await startServerProcess(target.env)
      for (const resident of everyone) expect((await followUp(server.url, resident)).status).toBe(200)
      await readCasesAsConfidant(server.url, confidant, everyone)
    } finally {
      await server?.stop()
    }
  })
})

describe('a rotation that stopped half-way', () => {
  it('continues under the same new key when run again, and finishes', { timeout: 180_000 }, async () => {
    const target = await place('pglite')
    const server = await startServerProcess(target.env)
    const residents: Resident[] = []
    try {
      for (let n = 0; n < 6; n++) residents.push(await submitConcern(server.url, `voor de onderbreking ${n}`))
    } finally {
      await server.stop()
    }
    // The crash: the key file was swapped and a few fields re-encrypted, then the process died.
    const swapped = swapKeyFile(target.dataDir, new Date())
    const store = await openStore({ databaseUrl: undefined, dataDir: target.dataDir, durableFlush: false })
    try {
      const ring = loadKeyRing({ secretKey: undefined, previousSecretKey: undefined, dataDir: target.dataDir })
      const first = await reencryptBatch(store.db, createCipher(ring), ring, 4)
      expect(first.reencrypted).toBe(4)
      expect(first.remaining).toBeGreaterThan(0)
    } finally {
      await store.close()
    }
    const resumed = await runCli(['keys', 'rotate'], target.env)
    expect(resumed.code, resumed.stderr).toBe(0)
    expect(resumed.stdout).toMatch(/an interrupted rotation continues/)
    expect(resumed.stdout).toContain(`everything is under key ${swapped.newKeyId}`)
    expect(readdirSync(target.dataDir).filter((name) => name.startsWith('klankbord.key.old-'))).toHaveLength(1)
    await expectAllUnder(target, swapped.newKeyId)
    const again = await startServerProcess(target.env)
    try {
      for (const resident of residents) expect((await followUp(again.url, resident)).status).toBe(200)
    } finally {
      await again.stop()
    }
  })
})

describe.skipIf(!availableKinds().includes('postgres'))('klankbord keys rotate with KLANKBORD_SECRET_KEY, on PostgreSQL', () => {
  it('reads with both keys while instances move to the new key, then re-encrypts everything under it', { timeout: 300_000 }, async () => {
    const oldKey = randomBytes(32).toString('hex')
    const newKey = randomBytes(32).toString('hex')
    const target = await place('postgres', { KLANKBORD_SECRET_KEY: oldKey })
    const withBoth = { ...target.env, KLANKBORD_SECRET_KEY: newKey, KLANKBORD_PREVIOUS_SECRET_KEY: oldKey }
    const first = await startServerProcess(target.env)
    let second: ServerProcess | undefined
    const before: Resident[] = []
    try {
      const confidant = await addConfidant(first, target.env)
      for (let n = 0; n < 6; n++) before.push(await submitConcern(first.url, `voor de rotatie ${n}`))
      // A second instance already has the new key and the old one beside it: it reads what the first wrote.
      second = await startServerProcess(withBoth)
      for (const resident of before) expect((await followUp(second.url, resident)).status).toBe(200)
      await first.stop()

      const rotation = runCli(['keys', 'rotate', '--batch', '4'], withBoth)
      const { written: during, overlapping } = await trafficUntil(second.url, before, rotation)
      const rotated = await rotation
      expect(overlapping).toBeGreaterThanOrEqual(2)
      expect(rotated.code, rotated.stderr).toBe(0)
      expect(rotated.stdout).toContain(`everything is under key ${keyId(Buffer.from(newKey, 'hex'))}`)
      expect(rotated.stdout).toMatch(/Remove KLANKBORD_PREVIOUS_SECRET_KEY/)
      await second.stop()
      second = undefined

      // Only the new key from now on.
      const onlyNew = { ...target.env, KLANKBORD_SECRET_KEY: newKey }
      await expectAllUnder({ ...target, env: onlyNew }, keyId(Buffer.from(newKey, 'hex')))
      second = await startServerProcess(onlyNew)
      const everyone = [...before, ...during, await submitConcern(second.url, 'na de rotatie')]
      for (const resident of everyone) expect((await followUp(second.url, resident)).status).toBe(200)
      await readCasesAsConfidant(second.url, confidant, everyone)
    } finally {
      await second?.stop()
      if (first.child.exitCode === null) await first.stop()
    }
  })
})
