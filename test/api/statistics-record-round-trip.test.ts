import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDuckDb, stageExtract } from '@klankbord/analytics/pipeline'
import { ConcernInput } from '@klankbord/contract'
import { decodeStatisticsRecord } from '@klankbord/contract/statistics-record'
import { CHANNELS, DOMAINS, KINDS, OUTCOMES, SUPPORT_GIVEN, WISHES } from '@klankbord/contract/vocabulary'
import { syntheticConcernInput } from '@klankbord/fixtures'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createConcern } from '../../api/src/services/intake/create-concern.js'
import { systemContext } from '../../api/src/services/shared/service-context.js'
import { findPartner } from '../../api/src/services/partners/find-partner.js'
import { extractPlaces, extractStatisticalParts } from '../../api/src/services/statistics/statistical-extract.js'
import { STORE_KINDS } from '../support/stores.js'
import { startTestApp, type TestApp } from '../support/test-app.js'

/** Times around the Dutch month boundaries (winter and summer time) and in the middle of a month. */
const CREATED = ['2026-01-31T22:59:00Z', '2026-01-31T23:00:00Z', '2026-03-31T21:59:30Z', '2026-03-31T22:00:00Z', '2026-06-15T10:17:45Z', '2026-10-31T22:59:00Z', '2026-10-31T23:00:00Z']
const COUNT = 24

const inAmsterdam = (ms: number, parts: { day?: '2-digit' }) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', ...parts }).format(ms)
const minuteOf = (ms: number) => Math.floor(ms / 60_000)
const bits = (i: number, vocabulary: readonly string[]) => vocabulary.filter((_, bit) => (i >> bit) & 1)

type StoredConcern = {
  statistics_id: number
  municipality: string
  partner_kind: string | null
  channel: string
  domain: string
  kinds: string[]
  wish: string
  support_given: string[]
  outcome: string | null
  created_ms: number
  first_contact_ms: number | null
  closed_ms: number | null
  first_contact_by: string
}

for (const store of STORE_KINDS) {
  describe.skipIf(!store.available())(`the statistics record from the store to DuckDB on ${store.kind}`, () => {
    let app: TestApp
    let now = new Date()
    let work: string
    let stored: StoredConcern[]

    beforeAll(async () => {
      work = mkdtempSync(join(tmpdir(), 'klankbord-record-'))
      app = await startTestApp({ store: await store.open(), config: { proofOfWork: false, rateLimit: false }, now: () => now })
      const partner = (await findPartner(app.store.db, 'demo'))!
      // Through the intake, with every channel, domain, kind and wish, some without a partner; then as the inbox would
      // record a first contact, support given and an outcome (every outcome once).
      for (let i = 0; i < COUNT; i++) {
        now = new Date(CREATED[i % CREATED.length]!)
        const input = ConcernInput.parse({ ...syntheticConcernInput(19, i), domain: DOMAINS[i % DOMAINS.length], kinds: [...new Set([KINDS[i % KINDS.length]!, ...(i % 3 ? [] : [KINDS[(i + 2) % KINDS.length]!])])], wish: WISHES[i % WISHES.length] })
        const origin = { partnerId: i % 5 ? partner.id : null, municipalityId: partner.municipality.id, firstContactWorkingDays: 2 }
        const { concernId } = await createConcern(systemContext(app.deps), { content: input, origin, channel: CHANNELS[i % CHANNELS.length]! })
        const created = now.getTime()
        const firstContact = i % 4 ? new Date(created + (i * 137 + 0.5) * 60_000).toISOString() : null
        const closed = i % 4 >= 2 ? new Date(created + (i * 1_000 + 61.5) * 60_000).toISOString() : null
        await app.store.db.execute(sql`
          update concerns set first_contact_at = ${firstContact}, closed_at = ${closed}, status = ${closed ? 'closed' : firstContact ? 'in-progress' : 'new'},
            outcome = ${i % 4 === 2 ? OUTCOMES[Math.floor(i / 4) % OUTCOMES.length]! : null},
            support_given = ${sql.raw(`array[${bits(i, SUPPORT_GIVEN).map((code) => `'${code}'`).join(', ')}]::text[]`)}, updated_at = now()
          where id = ${concernId}`)
      }
      const result = (await app.store.db.execute(sql`
        select c.statistics_id::int as statistics_id, m.name as municipality, p.kind as partner_kind, c.channel, c.domain, c.kinds, c.wish, c.support_given, c.outcome,
               (extract(epoch from c.created_at) * 1000)::float8 as created_ms, (extract(epoch from c.first_contact_at) * 1000)::float8 as first_contact_ms,
               (extract(epoch from c.closed_at) * 1000)::float8 as closed_ms, c.first_contact_by::text as first_contact_by
        from concerns c join municipalities m on m.id = c.municipality_id left join partners p on p.id = c.partner_id
        order by c.statistics_id`)) as unknown as { rows: StoredConcern[] }
      stored = result.rows
    })
    afterAll(async () => {
      await app?.close()
      rmSync(work, { recursive: true, force: true })
    })

    it('covers every code of the record', () => {
      expect(stored).toHaveLength(COUNT)
      expect(new Set(stored.map((c) => c.channel))).toEqual(new Set(CHANNELS))
      expect(new Set(stored.map((c) => c.domain))).toEqual(new Set(DOMAINS))
      expect(new Set(stored.flatMap((c) => c.kinds))).toEqual(new Set(KINDS))
      expect(new Set(stored.map((c) => c.wish))).toEqual(new Set(WISHES))
      expect(new Set(stored.flatMap((c) => c.support_given))).toEqual(new Set(SUPPORT_GIVEN))
      expect(new Set(stored.map((c) => c.outcome))).toEqual(new Set([...OUTCOMES, null]))
    })

    it('the extract decodes with the contract codec, and stages in DuckDB, to what the store holds', async () => {
      const places = join(work, 'places.csv')
      await extractPlaces(app.store, places)
      // In several parts on PGlite, as the nightly run extracts them.
      const files: string[] = []
      for await (const file of extractStatisticalParts(app.store, work, undefined, 1)) files.push(file)
      const lines = files.flatMap((file) => readFileSync(file, 'utf8').split('\n').filter(Boolean))
      const placeNames = new Map(readFileSync(places, 'utf8').trim().split('\n').slice(1).map((line) => line.split(',')).map(([type, id, name]) => [`${type} ${id}`, name]))

      const decoded = lines.map(decodeStatisticsRecord).sort((a, b) => a.statistics_id - b.statistics_id)
      expect(decoded).toEqual(
        stored.map((c) => {
          const firstContactAfter = c.first_contact_ms === null ? null : minuteOf(c.first_contact_ms) - minuteOf(c.created_ms)
          return {
            statistics_id: c.statistics_id,
            municipality_key: expect.any(Number),
            partner_key: c.partner_kind === null ? null : expect.any(Number),
            channel: c.channel,
            domain: c.domain,
            kinds: KINDS.filter((code) => c.kinds.includes(code)),
            wish: c.wish,
            support_given: SUPPORT_GIVEN.filter((code) => c.support_given.includes(code)),
            outcome: c.outcome,
            created_minute: minuteOf(c.created_ms),
            first_contact_after: firstContactAfter,
            closed_after: c.closed_ms === null ? null : minuteOf(c.closed_ms) - minuteOf(c.created_ms),
            first_contact_on_time: c.first_contact_ms === null ? null : inAmsterdam(c.first_contact_ms, { day: '2-digit' }) <= c.first_contact_by,
          }
        }),
      )
      // Places are keys that the places file names.
      expect(decoded.map((r) => placeNames.get(`municipality ${r.municipality_key}`))).toEqual(stored.map((c) => c.municipality))
      expect(decoded.map((r) => (r.partner_key === null ? null : placeNames.get(`partner ${r.partner_key}`)))).toEqual(stored.map((c) => c.partner_kind))

      const duck = await openDuckDb(':memory:')
      try {
        expect(await stageExtract(duck.connection, { concerns: (async function* () { yield* files })(), places })).toBe(COUNT)
        const staged = (await duck.connection.runAndReadAll(`
          select c.id::integer as id, c.municipality, c.partner_kind, c.channel, c.domain, k.codes as kinds, c.wish, s.codes as support_given, c.outcome,
                 strftime(c.created_month, '%Y-%m') as created_month, strftime(c.closed_month, '%Y-%m') as closed_month,
                 c.first_contact_days, c.close_days, c.first_contact_on_time
          from concerns c join kind_masks k on k.mask = c.kinds join support_masks s on s.mask = c.support_given order by c.id`)).getRowObjectsJS()
        expect(staged).toEqual(
          stored.map((c, i) => ({
            id: c.statistics_id,
            municipality: c.municipality,
            partner_kind: c.partner_kind ?? 'confidant',
            channel: c.channel,
            domain: c.domain,
            // The mask tables list codes sorted, for the tables that count them.
            kinds: [...c.kinds].sort(),
            wish: c.wish,
            support_given: [...c.support_given].sort(),
            outcome: c.outcome,
            created_month: inAmsterdam(c.created_ms, {}),
            closed_month: c.closed_ms === null ? null : inAmsterdam(minuteOf(c.closed_ms) * 60_000, {}),
            first_contact_days: decoded[i]!.first_contact_after === null ? null : decoded[i]!.first_contact_after! / 1440,
            close_days: decoded[i]!.closed_after === null ? null : decoded[i]!.closed_after! / 1440,
            first_contact_on_time: decoded[i]!.first_contact_on_time,
          })),
        )
      } finally {
        duck.close()
      }
    })
  })
}
