import { decodeStatisticsRecord, encodeStatisticsRecord, type StatisticsRecord } from '@klankbord/contract/statistics-record'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Store } from '../../api/src/store/types.js'
import { STORE_KINDS } from '../support/stores.js'

/** The store's generated statistics record, decoded by the contract's codec, which encodes it back to the same line. */
async function record(store: Store, id: string): Promise<StatisticsRecord> {
  const result = (await store.db.execute(sql`select statistics_record from concerns where id = ${id}`)) as unknown as { rows: { statistics_record: string }[] }
  const line = result.rows[0]!.statistics_record
  const decoded = decodeStatisticsRecord(line)
  expect(encodeStatisticsRecord(decoded)).toBe(line)
  return decoded
}

const minute = (iso: string) => Math.floor(Date.parse(iso) / 60_000)

for (const { kind, open, available } of STORE_KINDS) {
  describe.skipIf(!available())(`the statistics record on ${kind}`, () => {
    let store: Store
    let serial = 0

    async function insert(values: { kinds?: string[]; support?: string[]; outcome?: string | null; createdAt?: string; firstContactAt?: string | null; firstContactBy?: string; partner?: boolean }) {
      const id = `con_record_${++serial}`
      await store.db.execute(sql`
        insert into concerns (id, reference, municipality_id, partner_id, channel, domain, kinds, wish, on_behalf_of, locale, contact_mode, status,
                              follow_up_hash, first_contact_by, created_at, updated_at, support_given, outcome, first_contact_at, closed_at)
        values (${id}, ${`KB-REC-${serial}`}, 'mun_record', ${values.partner === false ? null : 'par_record'}, 'widget-inline', 'debt',
                ${sql.raw(`array[${(values.kinds ?? ['information']).map((k) => `'${k}'`).join(', ')}]::text[]`)}, 'mediation', false, 'nl', 'none', 'closed',
                'hash', ${values.firstContactBy ?? '2026-07-01'}, ${values.createdAt ?? '2026-06-29T10:00:00Z'}, now(),
                ${sql.raw(`array[${(values.support ?? []).map((k) => `'${k}'`).join(', ')}]::text[]`)}, ${values.outcome === undefined ? 'resolved' : values.outcome},
                ${values.firstContactAt === undefined ? '2026-06-30T09:00:00Z' : values.firstContactAt}, ${values.outcome === null ? null : '2026-07-20T12:00:00Z'})`)
      return id
    }

    beforeAll(async () => {
      store = await open()
      await store.db.execute(sql`insert into municipalities (id, name, settings) values ('mun_record', 'Recordstad', '{}'::jsonb)`)
      await store.db.execute(sql`insert into partners (id, municipality_id, name, kind, key) values ('par_record', 'mun_record', 'Wijkteam', 'neighbourhood-team', 'record-key')`)
    })
    afterAll(async () => {
      await store?.close()
    })

    it('holds the codes, places, times and durations the codec decodes', async () => {
      const id = await insert({ kinds: ['treatment', 'decision-process'], support: ['referral', 'listening'], outcome: 'objection' })
      const r = await record(store, id)
      // The statistics id, a number, stands in for the id.
      const [{ statistics_id }] = ((await store.db.execute(sql`select statistics_id from concerns where id = ${id}`)) as unknown as { rows: { statistics_id: number }[] }).rows as [{ statistics_id: number }]
      expect(r.statistics_id).toBe(Number(statistics_id))
      expect(r).toMatchObject({ channel: 'widget-inline', domain: 'debt', wish: 'mediation', outcome: 'objection' })
      // Several codes come back in vocabulary order.
      expect(r.kinds).toEqual(['decision-process', 'treatment'])
      expect(r.support_given).toEqual(['listening', 'referral'])
      expect(r.created_minute).toBe(minute('2026-06-29T10:00:00Z'))
      expect(r.first_contact_after).toBe(23 * 60)
      expect(r.closed_after).toBe(minute('2026-07-20T12:00:00Z') - minute('2026-06-29T10:00:00Z'))
      // Places are keys, never the ids themselves.
      expect(r.municipality_key).toBeGreaterThan(0)
      expect(r.partner_key).toBeGreaterThan(0)
      expect(r.municipality_key).not.toBe(r.partner_key)
    })

    it('leaves what is not there yet empty: no partner, no outcome, no first contact', async () => {
      const r = await record(store, await insert({ partner: false, outcome: null, firstContactAt: null, support: [] }))
      expect(r).toMatchObject({ partner_key: null, outcome: null, first_contact_after: null, closed_after: null, first_contact_on_time: null, support_given: [] })
    })

    it('judges the first contact on the deadline day in Amsterdam, in summer and in winter', async () => {
      // 21:30 UTC on 1 July is 23:30 in Amsterdam (summer time): still the deadline day. 22:30 UTC is the next day.
      expect((await record(store, await insert({ firstContactBy: '2026-07-01', firstContactAt: '2026-07-01T21:30:00Z' }))).first_contact_on_time).toBe(true)
      expect((await record(store, await insert({ firstContactBy: '2026-07-01', firstContactAt: '2026-07-01T22:30:00Z' }))).first_contact_on_time).toBe(false)
      // In winter the day ends at 23:00 UTC.
      const winter = { createdAt: '2026-01-10T10:00:00Z', firstContactBy: '2026-01-13' }
      expect((await record(store, await insert({ ...winter, firstContactAt: '2026-01-13T22:30:00Z' }))).first_contact_on_time).toBe(true)
      expect((await record(store, await insert({ ...winter, firstContactAt: '2026-01-13T23:30:00Z' }))).first_contact_on_time).toBe(false)
    })

    it('follows every change of the concern', async () => {
      const id = await insert({ outcome: null, firstContactAt: null })
      await store.db.execute(sql`update concerns set first_contact_at = '2026-06-30T08:00:00Z', outcome = 'withdrawn', closed_at = '2026-07-02T08:00:00Z', kinds = array['other'] where id = ${id}`)
      const r = await record(store, id)
      expect(r.outcome).toBe('withdrawn')
      expect(r.first_contact_on_time).toBe(true)
      expect(r.closed_after).toBe(minute('2026-07-02T08:00:00Z') - minute('2026-06-29T10:00:00Z'))
      expect(r.kinds).toEqual(['other'])
      // A concern the confidant re-files under another channel (say, it came in by letter after all).
      await store.db.execute(sql`update concerns set channel = 'letter' where id = ${id}`)
      expect((await record(store, id)).channel).toBe('letter')
    })
  })
}
