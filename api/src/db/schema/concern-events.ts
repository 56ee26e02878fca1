import { EVENT_TYPES } from '@klankbord/contract/vocabulary'
import { check, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { oneOf } from './check.js'
import { concernsTable } from './concerns.js'
import { usersTable } from './users.js'

/** Codes, durations and flags of an event: never free text. */
export type EventData = {
  from?: string
  to?: string
  contactKind?: string
  party?: string
  organisationKind?: string
  consent?: boolean
  minutes?: number
  assigneeId?: string | null
  supportGiven?: string[]
  outcome?: string
  reason?: string
}

/** The case timeline. Free text (note, contact summary, organisation) is one encrypted JSON, erased with the case. */
export const concernEventsTable = pgTable(
  'concern_events',
  {
    id: text('id').primaryKey(),
    concernId: text('concern_id')
      .notNull()
      .references(() => concernsTable.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    actorId: text('actor_id').references(() => usersTable.id),
    data: jsonb('data').$type<EventData>().notNull().default({}),
    textCipher: text('text_cipher'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('concern_events_concern_idx').on(table.concernId, table.createdAt), check('concern_events_type_check', oneOf(table.type, EVENT_TYPES))],
)
