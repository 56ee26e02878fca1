import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { usersTable } from './users.js'

/** Settings of the whole installation that an administrator changes while it runs, one row per key. */
export const settingsTable = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedBy: text('updated_by').references(() => usersTable.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
})
