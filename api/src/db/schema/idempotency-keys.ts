import { pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { concernsTable } from './concerns.js'

/** A retried POST with the same key gets the same answer; the answer holds the follow-up code, so it is encrypted. */
export const idempotencyKeysTable = pgTable('idempotency_keys', {
  key: text('key').primaryKey(),
  requestHash: text('request_hash').notNull(),
  concernId: text('concern_id')
    .notNull()
    .references(() => concernsTable.id, { onDelete: 'cascade' }),
  responseCipher: text('response_cipher').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
})
