import type { ConcernCreated, Problem } from '@klankbord/contract'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { concernBody, postConcern } from '../support/concern-body.js'
import { countRows, STORE_KINDS } from '../support/stores.js'
import { startTestApp, type TestApp } from '../support/test-app.js'

const PERSONAL = {
  email: 'zonnebloem.planted@example.nl',
  phone: '06 98765432',
  name: 'Griet Zonnebloem-Plantinga',
  description: 'Mijn buurvrouw Marieke Zeldzaamheid hoorde niets van het wijkteam over haar rolstoel.',
  organisation: 'Zorgbureau Kwikstaart',
}

async function rawDump(app: TestApp): Promise<string> {
  const tables = ['municipalities', 'partners', 'concerns', 'concern_contacts', 'concern_texts', 'concern_messages', 'idempotency_keys']
  const parts: string[] = []
  for (const table of tables) {
    const result = await app.store.db.execute(sql.raw(`select * from ${table}`))
    parts.push(JSON.stringify((result as unknown as { rows: unknown[] }).rows))
  }
  return parts.join('\n')
}

const count = (app: TestApp, table: string) => countRows(app.store, table)

for (const store of STORE_KINDS) {
  describe.skipIf(!store.available())(`intake on ${store.kind}`, () => {
    let app: TestApp
    beforeAll(async () => {
      app = await startTestApp({ store: await store.open(), config: { proofOfWork: false, rateLimit: false } })
    })
    afterAll(() => app?.close())

    it('stores contact details and free text encrypted: a raw SELECT shows no plaintext', async () => {
      for (const contact of [
        { mode: 'email' as const, email: PERSONAL.email, name: PERSONAL.name },
        { mode: 'phone' as const, phone: PERSONAL.phone, name: PERSONAL.name, bestTime: 'na 15 uur' },
      ]) {
        const response = await postConcern(app.url, concernBody({ contact, description: PERSONAL.description, organisation: PERSONAL.organisation }), {
          'Idempotency-Key': `enc-${contact.mode}-0001`,
        })
        expect(response.status).toBe(201)
      }
      const dump = await rawDump(app)
      for (const value of [...Object.values(PERSONAL), 'Zonnebloem', 'Zeldzaamheid', '98765432', 'na 15 uur']) expect(dump).not.toContain(value)
      expect(await count(app, 'concern_contacts')).toBeGreaterThanOrEqual(2)
      expect(dump).toMatch(/v2\.[0-9a-f]{8}\.[\w-]{16}\./)
    })

    it('keeps the statistical fields readable and the description retrievable with the key', async () => {
      const response = await postConcern(app.url, concernBody({ domain: 'youth', kinds: ['treatment'], wish: 'listen', onBehalfOf: true, decisionDate: '2026-01-15' }))
      const created = (await response.json()) as ConcernCreated
      const result = await app.store.db.execute(sql`select domain, kinds, wish, on_behalf_of, decision_date, status, channel from concerns where reference = ${created.reference}`)
      const row = (result as unknown as { rows: Record<string, unknown>[] }).rows[0]
      expect(row).toMatchObject({ domain: 'youth', wish: 'listen', on_behalf_of: true, status: 'new', channel: 'widget-inline' })
      expect(String(row?.decision_date)).toContain('2026-01-15')
      expect(row?.kinds).toEqual(['treatment'])
    })

    it('records the channel the widget names (in the page or behind its button), inline when it names none, and refuses the confidant\'s', async () => {
      const channelOf = async (body: unknown) => {
        const response = await postConcern(app.url, body)
        expect(response.status).toBe(201)
        const { reference } = (await response.json()) as ConcernCreated
        const result = await app.store.db.execute(sql`select channel from concerns where reference = ${reference}`)
        return (result as unknown as { rows: { channel: string }[] }).rows[0]!.channel
      }
      expect(await channelOf({ ...concernBody(), channel: 'widget-launcher' })).toBe('widget-launcher')
      expect(await channelOf({ ...concernBody(), channel: 'widget-inline' })).toBe('widget-inline')
      expect(await channelOf(concernBody())).toBe('widget-inline')
      for (const channel of ['phone', 'own', 'widget']) expect((await postConcern(app.url, { ...concernBody(), channel })).status).toBe(400)
    })

    it('answers a retry with the same Idempotency-Key with the first answer and stores once', async () => {
      const before = await count(app, 'concerns')
      const key = `retry-${store.kind}-123456`
      const first = await postConcern(app.url, concernBody(), { 'Idempotency-Key': key })
      const second = await postConcern(app.url, concernBody(), { 'Idempotency-Key': key })
      expect(first.status).toBe(201)
      expect(second.status).toBe(201)
      expect(second.headers.get('idempotent-replayed')).toBe('true')
      expect(await second.json()).toEqual(await first.json())
      expect(await count(app, 'concerns')).toBe(before + 1)
    })

    it('stores once when retries race the first attempt', async () => {
      const before = await count(app, 'concerns')
      const key = `race-${store.kind}-abcdef`
      const responses = await Promise.all(Array.from({ length: 8 }, () => postConcern(app.url, concernBody(), { 'Idempotency-Key': key })))
      const bodies = await Promise.all(responses.map((r) => r.json()))
      expect(responses.map((r) => r.status)).toEqual(Array(8).fill(201))
      expect(new Set(bodies.map((b) => (b as ConcernCreated).reference)).size).toBe(1)
      expect(await count(app, 'concerns')).toBe(before + 1)
    })

    it('refuses an Idempotency-Key reused for a different concern', async () => {
      const key = `reuse-${store.kind}-zzzzzz`
      expect((await postConcern(app.url, concernBody(), { 'Idempotency-Key': key })).status).toBe(201)
      const other = await postConcern(app.url, concernBody({ description: 'Iets heel anders.' }), { 'Idempotency-Key': key })
      expect(other.status).toBe(422)
      expect(((await other.json()) as Problem).type).toBe('urn:klankbord:problem:idempotency-conflict')
    })

    it('lets the resident follow the concern with the right code only', async () => {
      const created = (await (await postConcern(app.url, concernBody())).json()) as ConcernCreated
      const follow = (code: string, reference = created.reference) =>
        fetch(`${app.url}/api/v1/concerns/${reference}`, { headers: { 'Follow-Up-Code': code } })

      const right = await follow(created.followUpCode)
      expect(right.status).toBe(200)
      expect(await right.json()).toMatchObject({ reference: created.reference, status: 'new', firstContactBy: created.firstContactBy, messages: [] })

      const typedLoosely = await follow(created.followUpCode.toLowerCase().replaceAll('-', ' '))
      expect(typedLoosely.status).toBe(200)

      const wrongCode = await follow('ABCD-EFGH-JKMN-PQRS')
      const unknownReference = await follow(created.followUpCode, 'KB-2222-2222')
      expect(wrongCode.status).toBe(404)
      expect(unknownReference.status).toBe(404)
      const strip = (p: Problem) => ({ ...p, requestId: undefined, instance: undefined })
      expect(strip((await wrongCode.json()) as Problem)).toEqual(strip((await unknownReference.json()) as Problem))

      const missing = await fetch(`${app.url}/api/v1/concerns/${created.reference}`)
      expect(missing.status).toBe(400)
    })

    it('never writes personal data or codes to the log', async () => {
      const created = (await (await postConcern(app.url, concernBody({ contact: { mode: 'email', email: PERSONAL.email } }))).json()) as ConcernCreated
      await fetch(`${app.url}/api/v1/concerns/${created.reference}`, { headers: { 'Follow-Up-Code': created.followUpCode } })
      const log = app.logLines.join('')
      expect(log).toContain('/api/v1/concerns/:reference')
      for (const secret of [PERSONAL.email, created.followUpCode, created.reference, 'huishoudelijke hulp']) expect(log).not.toContain(secret)
    })
  })
}
