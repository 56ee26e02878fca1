import { readFileSync } from 'node:fs'
import { decodeStatisticsRecord } from '@klankbord/contract/statistics-record'
import { CHANNELS } from '@klankbord/contract/vocabulary'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Store } from '../../api/src/store/types.js'
import { STORE_KINDS } from '../support/stores.js'

const statements = (file: string) => readFileSync(new URL(`../../api/drizzle/${file}`, import.meta.url), 'utf8').split('--> statement-breakpoint')
const MIGRATION = statements('0009_statistics_record_channel.sql')
/** The record as 0004 made it, without the channel: the layout a store has before 0009. */
const OLD_COLUMN = statements('0004_statistics_record.sql').find((statement) => /add column "statistics_record"/i.test(statement))!

type Row = { id: string; channel: string; statistics_record: string }
const rows = async (store: Store) => ((await store.db.execute(sql`select id, channel, statistics_record from concerns order by id`)) as unknown as { rows: Row[] }).rows

for (const { kind, open, available } of STORE_KINDS) {
  describe.skipIf(!available())(`the statistics record's channel migration on ${kind}`, () => {
    let store: Store

    beforeAll(async () => {
      store = await open()
      await store.db.execute(sql`insert into municipalities (id, name, settings) values ('mun_record_channel', 'Kanaalstad', '{}'::jsonb)`)
      // Back to the record as it was before the migration, then a concern of every channel.
      await store.db.execute(sql`alter table concerns drop column statistics_record`)
      await store.db.execute(sql.raw(OLD_COLUMN))
      for (const [i, channel] of CHANNELS.entries()) {
        await store.db.execute(sql`
          insert into concerns (id, reference, municipality_id, partner_id, channel, domain, kinds, wish, on_behalf_of, locale, contact_mode, status,
                                follow_up_hash, first_contact_by, created_at, updated_at)
          values (${`con_${i}_${channel}`}, ${`KB-RCM-${i}`}, 'mun_record_channel', null, ${channel}, 'youth', array['treatment']::text[], 'support', false, 'nl', 'none', 'new',
                  'hash', '2026-07-01', '2026-06-29T10:00:00Z', now())`)
      }
    })
    afterAll(() => store?.close())

    it('recomputes every stored record with the concern’s channel, which the contract’s codec reads back', async () => {
      // Before: the old layout, which the codec no longer reads.
      for (const row of await rows(store)) expect(() => decodeStatisticsRecord(row.statistics_record)).toThrow(/fields/)
      for (const statement of MIGRATION) await store.db.execute(sql.raw(statement))
      const migrated = await rows(store)
      expect(migrated.map((row) => row.channel)).toEqual([...CHANNELS])
      for (const row of migrated) expect(decodeStatisticsRecord(row.statistics_record)).toMatchObject({ channel: row.channel, domain: 'youth', wish: 'support', kinds: ['treatment'] })
    })

    it('keeps following the concern after the migration', async () => {
      const [first] = await rows(store)
      await store.db.execute(sql`update concerns set channel = 'own' where id = ${first!.id}`)
      const [changed] = await rows(store)
      expect(decodeStatisticsRecord(changed!.statistics_record).channel).toBe('own')
    })
  })
}
