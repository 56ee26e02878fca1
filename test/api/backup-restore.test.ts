import { randomBytes } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { keyId } from '../../api/src/security/key-id.js'
import { availableKinds, newPlace, type Place, type StoreKind } from '../support/backup-places.js'
import { runCli, startServerProcess, type ServerProcess } from '../support/cli.js'
import { addConfidant, followUp, readCasesAsConfidant, submitConcern, type Confidant, type Resident } from '../support/installation-flows.js'

const KEY = randomBytes(32).toString('hex')
const BASE_ENV = { KLANKBORD_SECRET_KEY: KEY, KLANKBORD_POW: 'off', KLANKBORD_RATE_LIMIT: 'off', KLANKBORD_PUBLIC_STATISTICS: 'on' }
const KINDS = availableKinds()

type Header = { formatVersion: number; keyIds: string[]; tables: { name: string; rows: number }[]; payload: { sha256: string } }

const rows = (header: Header, table: string) => header.tables.find((t) => t.name === table)!.rows

/** The flows of a working installation, on a server running on the restored store. */
async function checkWorkingSystem(server: ServerProcess, env: Record<string, string>, before: Resident[], confidant: Confidant, header: Header) {
  // The resident follows up with the code from before the backup: its hash and the ciphertexts came across intact.
  for (const resident of before) expect((await followUp(server.url, resident)).status).toBe(200)
  // A new concern comes in and can be followed.
  const after = await submitConcern(server.url, 'na het terugzetten')
  expect((await followUp(server.url, after)).status).toBe(200)
  // The confidant logs in with password and authenticator (the TOTP secret is decrypted with the same key) and reads the cases.
  await readCasesAsConfidant(server.url, confidant, [...before, after])
  // The pipeline runs on the restored rows and the published statistics count them all.
  const pipeline = await runCli(['pipeline'], env)
  expect(pipeline.code, pipeline.stderr).toBe(0)
  // On PostgreSQL the command publishes in the store and the running server takes the new version within seconds.
  let published: { rows?: { domain: string; concerns: number | null }[] } = {}
  for (let tries = 0; tries < 60 && !published.rows; tries++) {
    const response = await fetch(`${server.url}/api/v1/statistics/concerns`)
    published = response.ok ? ((await response.json()) as typeof published) : (await new Promise((resolve) => setTimeout(resolve, 500)), {})
  }
  if (!published.rows) throw new Error('the running server never served the published statistics')
  // The table holds totals beside the cells (rolled up over years and municipalities): the largest wmo figure is the total.
  const wmo = Math.max(...published.rows.filter((r) => r.domain === 'wmo').map((r) => r.concerns ?? 0))
  expect(wmo).toBe(rows(header, 'concerns') + 1)
}

describe.each(KINDS)('a backup of a running server on %s', (sourceKind: StoreKind) => {
  let source: Place
  let file: string
  let header: Header
  let before: Resident[]
  let confidant: Confidant

  beforeAll(async () => {
    source = await newPlace(sourceKind, BASE_ENV)
    const server = await startServerProcess(source.env)
    try {
      confidant = await addConfidant(server, source.env)
      before = []
      for (let n = 0; n < 6; n++) before.push(await submitConcern(server.url, `voor de back-up ${n}`))
      file = join(source.dataDir, 'klankbord.backup')
      // Intake goes on while the backup is made: the snapshot holds each concern whole or not at all.
      const [backup] = await Promise.all([runCli(['backup', '--out', file], source.env), ...[1, 2, 3, 4].map((n) => submitConcern(server.url, `tijdens de back-up ${n}`))])
      expect(backup.code, backup.stderr).toBe(0)
      expect(backup.stdout).toMatch(/de sleutel zit niet in de back-up \/ the key is not in the backup/)
      header = JSON.parse(readFileSync(file, 'utf8').split('\n')[0]!) as Header
      // A folder that does not exist is named in the answer, also when the server writes the file.
      const nowhere = await runCli(['backup', '--out', join(source.dataDir, 'missing', 'x.backup')], source.env)
      expect(nowhere.code).toBe(1)
      expect(nowhere.stderr).toMatch(/cannot write .*x\.backup \(ENOENT\)/)
    } finally {
      await server.stop()
    }
  }, 240_000)
  afterAll(() => source?.drop())

  it('is one consistent moment, names the key by id only, and holds no plaintext', () => {
    expect(header.formatVersion).toBe(1)
    expect(rows(header, 'concerns')).toBeGreaterThanOrEqual(6)
    expect(rows(header, 'concern_texts')).toBe(rows(header, 'concerns'))
    expect(rows(header, 'concern_contacts')).toBe(rows(header, 'concerns'))
    expect(header.keyIds).toEqual([keyId(Buffer.from(KEY, 'hex'))])
    const text = readFileSync(file, 'utf8')
    expect(text).not.toContain(KEY)
    for (const resident of before) {
      expect(text).not.toContain(resident.description)
      expect(text).not.toContain(resident.email)
      expect(text).not.toContain(resident.created.followUpCode)
    }
    expect(text).not.toContain(confidant.totpSecret)
    expect(text).not.toContain('Herstel Persoon')
  })

  it.each(KINDS)('restores into an empty %s store that then works end to end', async (targetKind: StoreKind) => {
    const target = await newPlace(targetKind, BASE_ENV)
    try {
      const restored = await runCli(['restore', file], target.env)
      expect(restored.code, restored.stderr).toBe(0)
      // A second restore meets a store that is no longer empty.
      const again = await runCli(['restore', file], target.env)
      expect(again.code).toBe(1)
      expect(again.stderr).toMatch(/The store is not empty/)
      const server = await startServerProcess(target.env)
      try {
        await checkWorkingSystem(server, target.env, before, confidant, header)
      } finally {
        await server.stop()
      }
    } finally {
      await target.drop()
    }
  }, 240_000)

  it('refuses a damaged, truncated or newer file, and another key, before writing anything', async () => {
    const target = await newPlace('pglite', BASE_ENV)
    try {
      const original = readFileSync(file)
      const variants: [string, Buffer, RegExp][] = [
        ['truncated', original.subarray(0, original.length - 40), /damaged or incomplete/],
        ['flipped', Buffer.from(original.toString('utf8').replace('"t":"concerns"', '"t":"concernz"')), /damaged or incomplete \(checksum differs\)/],
        ['newer', Buffer.from(original.toString('utf8').replace('"formatVersion":1', '"formatVersion":2')), /Upgrade Klankbord first/],
        ['not-a-backup', Buffer.from('hello\n'), /damaged or incomplete/],
      ]
      for (const [name, bytes, message] of variants) {
        const path = join(target.dataDir, `${name}.backup`)
        writeFileSync(path, bytes)
        const result = await runCli(['restore', path], target.env)
        expect(result.code, name).toBe(1)
        expect(result.stderr, name).toMatch(message)
      }
      const otherKey = await runCli(['restore', file], { ...target.env, KLANKBORD_SECRET_KEY: randomBytes(32).toString('hex') })
      expect(otherKey.code).toBe(1)
      expect(otherKey.stderr).toMatch(/The backup needs key/)
      // Nothing was written: the real restore still finds the store empty.
      expect((await runCli(['restore', file], target.env)).code).toBe(0)
    } finally {
      await target.drop()
    }
  }, 240_000)
})
