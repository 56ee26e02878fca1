import { RECOMMENDATION_STATUSES } from '@klankbord/contract/vocabulary'
import { check, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { oneOf } from './check.js'
import { municipalitiesTable } from './municipalities.js'
import { usersTable } from './users.js'

/** A recommendation of the confidant's annual report to the municipality; its status is reported the next year. */
export const recommendationsTable = pgTable(
  'recommendations',
  {
    id: text('id').primaryKey(),
    municipalityId: text('municipality_id')
      .notNull()
      .references(() => municipalitiesTable.id),
    /** The report year the recommendation was made in. */
    year: integer('year').notNull(),
    text: text('text').notNull(),
    status: text('status').notNull().default('open'),
    response: text('response'),
    createdBy: text('created_by').references(() => usersTable.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [check('recommendations_status_check', oneOf(table.status, RECOMMENDATION_STATUSES))],
)
