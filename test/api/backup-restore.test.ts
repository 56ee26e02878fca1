import { randomBytes } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ConcernCreated } from '@klankbord/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { keyId } from '../../api/src/security/key-id.js'
import { currentTotp } from '../../api/src/security/totp.js'
import { availableKinds, newPlace, type Place, type StoreKind } from '../support/backup-places.js'
import { runCli, startServerProcess, type ServerProcess } from '../support/cli.js'
import { concernBody, postConcern } from '../support/concern-body.js'
import { recordPlanted } from '../support/log-scan.js'

const KEY = randomBytes(32).toString('hex')
const BASE_ENV = { KLANKBORD_SECRET_KEY: KEY, KLANKBORD_POW: 'off', KLANKBORD_RATE_LIMIT: 'off', KLANKBORD_PUBLIC_STATISTICS: 'on' }
const KINDS = availableKinds()
const PASSWORD = 'een lange zin om terug te zetten'

type Header = { formatVersion: number; keyIds: string[]; tables: { name: string; rows: number }[]; payload: { sha256: string } }
type Resident = { created: ConcernCreated; description: string; email: string }
type Confidant = { email: string; totpSecret: string }

const post = (url: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/v1${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: url, ...headers }, body: JSON.stringify(body) })

async function submit(url: string, n: number): Promise<Resident> {
  const description = `Terugzet-test ${n}: de indicatie voor begeleiding is zonder gesprek verlaagd ${randomBytes(4).toString('hex')}.`
  const email = `herstel.${n}.${randomBytes(3).toString('hex')}@example.nl`
  const response = await postConcern(url, concernBody({ description, contact: { mode: 'email', email, name: 'Herstel Persoon' } }), { Origin: url })
  expect(response.status).toBe(201)
  return { created: (await response.json()) as ConcernCreated, description, email }
}

/** A confidant made with the CLI and finished over the API, as in real use. */
async function addConfidant(server: ServerProcess, env: Record<string, string>): Promise<Confidant> {
  const email = `vp.${randomBytes(3).toString('hex')}@example.nl`
  const added = await runCli(['user', 'add', '--email', email, '--role', 'confidant'], env)
  expect(added.code, added.stderr).toBe(0)
  const token = /\/inbox\/#\/setup\/([\w-]+)/.exec(added.stdout)![1]!
  const { totpSecret } = (await (await post(server.url, '/auth/setup/start', { token })).json()) as { totpSecret: string }
  expect((await post(server.url, '/auth/setup/finish', { token, password: PASSWORD, code: currentTotp(totpSecret, Date.now()) })).status).toBe(200)
  recordPlanted('staff secret', email, totpSecret, PASSWORD, token)
  return { email, totpSecret }
}

const rows = (header: Header, table: string) => header.tables.find((t) => t.name === table)!.rows

/** The flows of a working installation, on a server running on the restored store. */
async function checkWorkingSystem(server: ServerProcess, env: Record<string, string>, before: Resident[], confidant: Confidant, header: Header) {
  // The resident follows up with the code from before the backup: its hash and the ciphertexts came across intact.
  for (const resident of before) {
    const followUp = await fetch(`${server.url}/api/v1/concerns/${resident.created.reference}`, { headers: { 'Follow-Up-Code': resident.created.followUpCode } })
    expect(followUp.status).toBe(200)
  }
  // A new concern comes in and can be followed.
  const after = await submit(server.url, 99)
  expect((await fetch(`${server.url}/api/v1/concerns/${after.created.reference}`, { headers: { 'Follow-Up-Code': after.created.followUpCode } })).status).toBe(200)
  // The confidant logs in with password and authenticator (the TOTP secret is decrypted with the same key) and reads the cases.
  const login = await post(server.url, '/auth/login', { email: confidant.email, password: PASSWORD, code: currentTotp(confidant.totpSecret, Date.now() + 30_000) })
  expect(login.status).toBe(200)
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!
  const { csrfToken } = (await login.json()) as { csrfToken: string }
  const inbox = (await (await fetch(`${server.url}/api/v1/inbox/concerns?limit=100`, { headers: { Cookie: cookie, 'X-CSRF-Token': csrfToken } })).json()) as { items: { id: string; reference: string }[] }
  for (const resident of [...before, after]) {
    const item = inbox.items.find((i) => i.reference === resident.created.reference)
    expect(item, resident.created.reference).toBeTruthy()
    const text = await (await fetch(`${server.url}/api/v1/inbox/concerns/${item!.id}`, { headers: { Cookie: cookie, 'X-CSRF-Token': csrfToken } })).text()
    expect(text).toContain(resident.description)
    expect(text).toContain(resident.email)
  }
  // The pipeline runs on the restored rows and the published statistics count them all.
  const pipeline = await runCli(['pipeline'], env)
  expect(pipeline.code, pipeline.stderr).toBe(0)
  const published = (await (await fetch(`${server.url}/api/v1/statistics/concerns`)).json()) as { rows: { domain: string; concerns: number | null }[] }
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
      for (let n = 0; n < 6; n++) before.push(await submit(server.url, n))
      file = join(source.dataDir, 'klankbord.backup')
      // Intake goes on while the backup is made: the snapshot holds each concern whole or not at all.
      const [backup] = await Promise.all([runCli(['backup', '--out', file], source.env), ...[10, 11, 12, 13].map((n) => submit(server.url, n))])
      expect(backup.code, backup.stderr).toBe(0)
      expect(backup.stdout).toMatch(/de sleutel zit niet in de back-up \/ the key is not in the backup/)
      header = JSON.parse(readFileSync(file, 'utf8').split('\n')[0]!) as Header
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
