import { PARTNER_KINDS } from '@klankbord/contract/vocabulary'
import { check, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { oneOf } from './check.js'
import { municipalitiesTable } from './municipalities.js'

/** A site that embeds the widget. Its key is public: it names the partner, it grants nothing. */
export const partnersTable = pgTable(
  'partners',
  {
    id: text('id').primaryKey(),
    municipalityId: text('municipality_id')
      .notNull()
      .references(() => municipalitiesTable.id),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    key: text('key').notNull().unique(),
    allowedOrigins: text('allowed_origins').array().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [check('partners_kind_check', oneOf(table.kind, PARTNER_KINDS))],
)
