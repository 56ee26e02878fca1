import { DOMAINS, SIGNAL_STATUSES } from '@klankbord/contract/vocabulary'
import { check, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { oneOf } from './check.js'
import { concernsTable } from './concerns.js'
import { municipalitiesTable } from './municipalities.js'
import { usersTable } from './users.js'

/** A structural issue for the municipality, written without personal details; it feeds the annual report. */
export const signalsTable = pgTable(
  'signals',
  {
    id: text('id').primaryKey(),
    municipalityId: text('municipality_id')
      .notNull()
      .references(() => municipalitiesTable.id),
    concernId: text('concern_id').references(() => concernsTable.id, { onDelete: 'set null' }),
    domain: text('domain').notNull(),
    theme: text('theme').notNull(),
    text: text('text').notNull(),
    status: text('status').notNull().default('new'),
    response: text('response'),
    createdBy: text('created_by').references(() => usersTable.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    sharedAt: timestamp('shared_at', { withTimezone: true }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    improvedAt: timestamp('improved_at', { withTimezone: true }),
  },
  (table) => [check('signals_domain_check', oneOf(table.domain, DOMAINS)), check('signals_status_check', oneOf(table.status, SIGNAL_STATUSES))],
)
