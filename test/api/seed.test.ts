import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { REFERENCE_PATTERN } from '@klankbord/contract'
import { describeSeed, seedBatches, type SeedConcern } from '@klankbord/fixtures'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCipher } from '../../api/src/security/cipher.js'
import { CIPHER_CONTEXTS } from '../../api/src/security/cipher-contexts.js'
import { ensureDemoData } from '../../api/src/services/municipalities/ensure-demo.js'
import { seedStore, type SeedSummary } from '../../api/src/services/seed/seed-store.js'
import type { Store } from '../../api/src/store/types.js'
import { runCli } from '../support/cli.js'
import { countRows, STORE_KINDS } from '../support/stores.js'

const OPTIONS = { concerns: 2000, seed: 4, years: 2, start: '2023-06-01' }

async function rows<T>(store: Store, query: string): Promise<T[]> {
  return ((await store.db.execute(sql.raw(query))) as unknown as { rows: T[] }).rows
}

/**
 * Every value of every row of the tables that hold a concern's personal data, as the database has it, with
 * the ciphertexts and hashes counted and then cut out: in megabytes of base64 a four-letter name turns up by chance.
 */
async function rawPersonalTables(store: Store): Promise<{ plain: string; ciphertexts: number }> {
  const parts: string[] = []
  for (const table of ['concerns', 'concern_contacts', 'concern_texts', 'concern_messages', 'concern_events']) parts.push(JSON.stringify(await rows(store, `select * from ${table}`)))
  const dump = parts.join('\n')
  const sealed = /v2\.[0-9a-f]{8}\.[\w-]{16}\.[\w-]+|hmac-sha256\$[\w-]+/g
  return { plain: dump.replace(sealed, ''), ciphertexts: dump.match(sealed)?.length ?? 0 }
}

for (const kind of STORE_KINDS) {
  describe.skipIf(!kind.available())(`seeding ${kind.kind}`, () => {
    const masterKey = randomBytes(32)
    const generated: SeedConcern[] = []
    let signals = 0
    let store: Store
    let summary: SeedSummary
    beforeAll(async () => {
      store = await kind.open()
      await ensureDemoData(store.db, ['http://localhost:4000'])
      summary = await seedStore({ store, masterKey }, OPTIONS)
      for (const batch of seedBatches(OPTIONS)) {
        generated.push(...batch.concerns)
        signals += batch.signals.length
      }
    })
    afterAll(() => store?.close())

    it('writes every generated row, next to the demo municipality', async () => {
      const expected = {
        concerns: OPTIONS.concerns,
        concern_contacts: generated.filter((c) => c.contact).length,
        concern_texts: generated.filter((c) => c.description !== null).length,
        concern_events: generated.reduce((n, c) => n + c.events.length, 0),
        concern_messages: generated.reduce((n, c) => n + c.messages.length, 0),
        signals,
      }
      for (const [table, n] of Object.entries(expected)) expect(await countRows(store, table), table).toBe(n)
      expect(summary.totalRows).toBe(Object.values(expected).reduce((a, b) => a + b, 0))
      const { setting } = describeSeed(OPTIONS)
      expect(summary.created).toEqual({ municipalities: 3, partners: 18, users: setting.confidants.length })
      expect((await rows<{ name: string }>(store, 'select name from municipalities order by name')).map((m) => m.name)).toEqual(['Bergen (L)', 'Gemeente Voorbeeld', 'Gennep', 'Venray'])
    })

    it('keeps every planted string out of the raw tables: free text and contact details are encrypted', async () => {
      const { plain, ciphertexts } = await rawPersonalTables(store)
      const planted = [...new Set(generated.flatMap((c) => c.planted.map((p) => p.value)))]
      expect(planted.length).toBeGreaterThan(500)
      // One pattern for all values: a few thousand includes() over megabytes would take seconds.
      const anyPlanted = new RegExp(planted.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g')
      expect([...new Set(plain.match(anyPlanted) ?? [])]).toEqual([])
      expect(generated.find((c) => c.planted.some((p) => p.field === 'description'))?.description).toMatch(anyPlanted)
      expect(ciphertexts).toBeGreaterThan(OPTIONS.concerns)
    })

    it('encrypts with the store key and the same associated data as intake, so the inbox can read it', async () => {
      const cipher = createCipher(masterKey)
      const byCreated = new Map(generated.map((c) => [c.createdAt, c]))
      const texts = await rows<{ id: string; created_at: string | Date; description_cipher: string; details_cipher: string | null }>(
        store,
        'select c.id, c.created_at, t.description_cipher, p.details_cipher from concerns c join concern_texts t on t.concern_id = c.id left join concern_contacts p on p.concern_id = c.id limit 50',
      )
      for (const row of texts) {
        const source = byCreated.get(new Date(row.created_at).toISOString())!
        expect(cipher.decrypt(row.description_cipher, CIPHER_CONTEXTS.description(row.id))).toBe(source.description)
        if (row.details_cipher) expect(JSON.parse(cipher.decrypt(row.details_cipher, CIPHER_CONTEXTS.contact(row.id)))).toEqual(source.contact)
      }
      const [message] = await rows<{ id: string; body_cipher: string }>(store, 'select id, body_cipher from concern_messages limit 1')
      expect(cipher.decrypt(message!.body_cipher, CIPHER_CONTEXTS.message(message!.id)).length).toBeGreaterThan(0)
      const [event] = await rows<{ id: string; text_cipher: string }>(store, 'select id, text_cipher from concern_events where text_cipher is not null limit 1')
      expect(JSON.parse(cipher.decrypt(event!.text_cipher, CIPHER_CONTEXTS.event(event!.id)))).toBeTypeOf('object')
    })

    it('leaves no dangling reference and gives unique references in the intake format', async () => {
      const dangling = await rows<{ n: number }>(
        store,
        `select (select count(*) from concerns c left join municipalities m on m.id = c.municipality_id where m.id is null)
              + (select count(*) from concerns c left join partners p on p.id = c.partner_id where c.partner_id is not null and p.id is null)
              + (select count(*) from concerns c left join users u on u.id = c.assignee_id where c.assignee_id is not null and u.id is null)
              + (select count(*) from concern_events e left join concerns c on c.id = e.concern_id where c.id is null)
              + (select count(*) from concern_events e left join users u on u.id = e.actor_id where e.actor_id is not null and u.id is null)
              + (select count(*) from concern_messages m left join concerns c on c.id = m.concern_id where c.id is null)
              + (select count(*) from concern_texts t left join concerns c on c.id = t.concern_id where c.id is null)
              + (select count(*) from concern_contacts t left join concerns c on c.id = t.concern_id where c.id is null)
              + (select count(*) from signals s left join concerns c on c.id = s.concern_id where s.concern_id is not null and c.id is null) as n`,
      )
      expect(Number(dangling[0]!.n)).toBe(0)
      const references = await rows<{ reference: string }>(store, 'select reference from concerns')
      expect(references.every((r) => REFERENCE_PATTERN.test(r.reference))).toBe(true)
      expect(new Set(references.map((r) => r.reference)).size).toBe(references.length)
    })

    it('reuses its municipalities, partners and accounts when run again', async () => {
      const again = await seedStore({ store, masterKey }, { ...OPTIONS, concerns: 200, seed: 5 })
      expect(again.created).toEqual({ municipalities: 0, partners: 0, users: 0 })
      expect(await countRows(store, 'concerns')).toBe(OPTIONS.concerns + 200)
      expect(await countRows(store, 'municipalities')).toBe(4)
    })
  })
}

describe('klankbord seed', () => {
  let dataDir: string
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'klankbord-seed-'))
  })
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

  it('explains itself in Dutch and English', async () => {
    const help = await runCli(['seed', '--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/Gebruik \/ Usage: klankbord seed --concerns N/)
    expect(help.stdout).toMatch(/Vult de opslag/)
    expect(help.stdout).toMatch(/Fills the store/)
    const missing = await runCli(['seed'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/--concerns/)
  })

  it('seeds a data directory and reports rows, time and peak memory', async () => {
    const result = await runCli(['seed', '--concerns', '300', '--municipalities', '2', '--seed', '7'], { KLANKBORD_DATA_DIR: dataDir })
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toMatch(/300 meldingen \/ concerns/)
    expect(result.stdout).toMatch(/Tijd \/ time: [\d.]+ s/)
    expect(result.stdout).toMatch(/Piekgeheugen \/ peak memory: \d+ MB/)
    expect(result.stdout).toMatch(/in Gennep, Bergen \(L\)/)
  })

  it('refuses while a server holds the data directory', async () => {
    const lock = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString(), controlUrl: 'http://127.0.0.1:9', controlToken: 'x' }
    writeFileSync(join(dataDir, 'klankbord.lock'), JSON.stringify(lock))
    try {
      const result = await runCli(['seed', '--concerns', '10'], { KLANKBORD_DATA_DIR: dataDir })
      expect(result.code).toBe(1)
      expect(result.stderr).toMatch(/Stop de server/)
      expect(result.stderr).toMatch(/Stop it and run seed again/)
    } finally {
      rmSync(join(dataDir, 'klankbord.lock'))
    }
  })
})
