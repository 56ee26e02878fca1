import { readFileSync } from 'node:fs'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Store } from '../../api/src/store/types.js'
import { STORE_KINDS } from '../support/stores.js'

const MIGRATION = readFileSync(new URL('../../api/drizzle/0008_channels.sql', import.meta.url), 'utf8')
const OLD_CHECK = `alter table concerns add constraint concerns_channel_check check (channel in ('widget', 'phone', 'walk-in', 'email', 'letter'))`
/** The statistics record as it was then (0004's, without the channel, which 0009 added): it holds any channel code. */
const OLD_RECORD = readFileSync(new URL('../../api/drizzle/0004_statistics_record.sql', import.meta.url), 'utf8')
  .split('--> statement-breakpoint')
  .find((statement) => /add column "statistics_record"/i.test(statement))!

const channels = async (store: Store) =>
  ((await store.db.execute(sql`select id, channel from concerns order by id`)) as unknown as { rows: { id: string; channel: string }[] }).rows

for (const { kind, open, available } of STORE_KINDS) {
  describe.skipIf(!available())(`the channels migration on ${kind}`, () => {
    let store: Store
    const insert = (id: string, channel: string) =>
      store.db.execute(sql`
        insert into concerns (id, reference, municipality_id, partner_id, channel, domain, kinds, wish, on_behalf_of, locale, contact_mode, status,
                              follow_up_hash, first_contact_by, created_at, updated_at)
        values (${id}, ${`KB-MIG-${id}`}, 'mun_channels', null, ${channel}, 'debt', array['information']::text[], 'listen', false, 'nl', 'none', 'new',
                'hash', '2026-07-01', now(), now())`)

    beforeAll(async () => {
      store = await open()
      await store.db.execute(sql`insert into municipalities (id, name, settings) values ('mun_channels', 'Kanaalstad', '{}'::jsonb)`)
      // Back to the store as it was before the migration: the old check and concerns of the widget and the phone.
      await store.db.execute(sql`alter table concerns drop constraint concerns_channel_check`)
      await store.db.execute(sql.raw(OLD_CHECK))
      await store.db.execute(sql`alter table concerns drop column statistics_record`)
      await store.db.execute(sql.raw(OLD_RECORD))
      await insert('con_a_widget', 'widget')
      await insert('con_b_phone', 'phone')
    })
    afterAll(() => store?.close())

    it('gives the widget’s earlier concerns its default form (inline), keeps the others, and then refuses the old code', async () => {
      for (const statement of MIGRATION.split('--> statement-breakpoint')) await store.db.execute(sql.raw(statement))
      expect(await channels(store)).toEqual([
        { id: 'con_a_widget', channel: 'widget-inline' },
        { id: 'con_b_phone', channel: 'phone' },
      ])
      await expect(insert('con_c_widget', 'widget')).rejects.toThrow()
      await insert('con_d_poster', 'poster')
      expect((await channels(store)).map((row) => row.channel)).toContain('poster')
    })
  })
}
