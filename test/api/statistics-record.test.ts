import { DOMAINS, KINDS, OUTCOMES, SUPPORT_GIVEN, WISHES } from '@klankbord/contract/vocabulary'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { STATISTICS_RECORD_FIELDS } from '@klankbord/contract'
import type { Store } from '../../api/src/store/types.js'
import { STORE_KINDS } from '../support/stores.js'

/** The store's generated statistics record, read back field by field. */
async function record(store: Store, id: string): Promise<Record<(typeof STATISTICS_RECORD_FIELDS)[number], string>> {
  const result = (await store.db.execute(sql`select statistics_record from concerns where id = ${id}`)) as unknown as { rows: { statistics_record: string }[] }
  const values = result.rows[0]!.statistics_record.split(',')
  expect(values).toHaveLength(STATISTICS_RECORD_FIELDS.length)
  return Object.fromEntries(STATISTICS_RECORD_FIELDS.map((field, i) => [field, values[i]!])) as never
}

const minute = (iso: string) => String(Math.floor(Date.parse(iso) / 60_000))

for (const { kind, open, available } of STORE_KINDS) {
  describe.skipIf(!available())(`the statistics record on ${kind}`, () => {
    let store: Store
    let serial = 0

    async function insert(values: { kinds?: string[]; support?: string[]; outcome?: string | null; createdAt?: string; firstContactAt?: string | null; firstContactBy?: string; partner?: boolean }) {
      const id = `con_record_${++serial}`
      await store.db.execute(sql`
        insert into concerns (id, reference, municipality_id, partner_id, channel, domain, kinds, wish, on_behalf_of, locale, contact_mode, status,
                              follow_up_hash, first_contact_by, created_at, updated_at, support_given, outcome, first_contact_at, closed_at)
        values (${id}, ${`KB-REC-${serial}`}, 'mun_record', ${values.partner === false ? null : 'par_record'}, 'widget', 'debt',
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

    it('holds codes as positions in the vocabulary and several codes as a bit mask', async () => {
      const id = await insert({ kinds: ['treatment', 'decision-process'], support: ['referral', 'listening'], outcome: 'objection' })
      const r = await record(store, id)
      // The statistics id, a number, stands in for the id.
      const [{ statistics_id }] = ((await store.db.execute(sql`select statistics_id::text from concerns where id = ${id}`)) as unknown as { rows: { statistics_id: string }[] }).rows as [{ statistics_id: string }]
      expect(r.statistics_id).toBe(statistics_id)
      expect(r.statistics_id).toMatch(/^\d+$/)
      expect(r.domain).toBe(String(DOMAINS.indexOf('debt')))
      expect(r.wish).toBe(String(WISHES.indexOf('mediation')))
      expect(r.outcome).toBe(String(OUTCOMES.indexOf('objection')))
      expect(Number(r.kinds)).toBe((1 << KINDS.indexOf('treatment')) | (1 << KINDS.indexOf('decision-process')))
      expect(Number(r.support_given)).toBe((1 << SUPPORT_GIVEN.indexOf('referral')) | (1 << SUPPORT_GIVEN.indexOf('listening')))
      expect(r.created_minute).toBe(minute('2026-06-29T10:00:00Z'))
      expect(r.first_contact_after).toBe(String(23 * 60))
      expect(r.closed_after).toBe(String(Number(minute('2026-07-20T12:00:00Z')) - Number(minute('2026-06-29T10:00:00Z'))))
      // Places are keys, never the ids themselves.
      expect(r.municipality_key).toMatch(/^\d+$/)
      expect(r.partner_key).toMatch(/^\d+$/)
      expect(r.municipality_key).not.toBe(r.partner_key)
    })

    it('leaves what is not there yet empty: no partner, no outcome, no first contact', async () => {
      const r = await record(store, await insert({ partner: false, outcome: null, firstContactAt: null, support: [] }))
      expect(r.partner_key).toBe('')
      expect(r.outcome).toBe('')
      expect(r.first_contact_after).toBe('')
      expect(r.closed_after).toBe('')
      expect(r.first_contact_on_time).toBe('')
      expect(r.support_given).toBe('0')
    })

    it('judges the first contact on the deadline day in Amsterdam, in summer and in winter', async () => {
      // 21:30 UTC on 1 July is 23:30 in Amsterdam (summer time): still the deadline day. 22:30 UTC is the next day.
      expect((await record(store, await insert({ firstContactBy: '2026-07-01', firstContactAt: '2026-07-01T21:30:00Z' }))).first_contact_on_time).toBe('1')
      expect((await record(store, await insert({ firstContactBy: '2026-07-01', firstContactAt: '2026-07-01T22:30:00Z' }))).first_contact_on_time).toBe('0')
      // In winter the day ends at 23:00 UTC.
      const winter = { createdAt: '2026-01-10T10:00:00Z', firstContactBy: '2026-01-13' }
      expect((await record(store, await insert({ ...winter, firstContactAt: '2026-01-13T22:30:00Z' }))).first_contact_on_time).toBe('1')
      expect((await record(store, await insert({ ...winter, firstContactAt: '2026-01-13T23:30:00Z' }))).first_contact_on_time).toBe('0')
    })

    it('follows every change of the concern', async () => {
      const id = await insert({ outcome: null, firstContactAt: null })
      await store.db.execute(sql`update concerns set first_contact_at = '2026-06-30T08:00:00Z', outcome = 'withdrawn', closed_at = '2026-07-02T08:00:00Z', kinds = array['other'] where id = ${id}`)
      const r = await record(store, id)
      expect(r.outcome).toBe(String(OUTCOMES.indexOf('withdrawn')))
      expect(r.first_contact_on_time).toBe('1')
      expect(r.closed_after).toBe(String(Number(minute('2026-07-02T08:00:00Z')) - Number(minute('2026-06-29T10:00:00Z'))))
      expect(Number(r.kinds)).toBe(1 << KINDS.indexOf('other'))
    })
  })
}
