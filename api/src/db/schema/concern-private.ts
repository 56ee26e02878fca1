import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { concernsTable } from './concerns.js'
import { usersTable } from './users.js'

/** How to reach the resident (email, phone, name, best time) as one AES-256-GCM ciphertext. */
export const concernContactsTable = pgTable('concern_contacts', {
  concernId: text('concern_id')
    .primaryKey()
    .references(() => concernsTable.id, { onDelete: 'cascade' }),
  detailsCipher: text('details_cipher').notNull(),
})

/** What the resident wrote, encrypted; kept apart so retention can erase it and leave the statistics. */
export const concernTextsTable = pgTable('concern_texts', {
  concernId: text('concern_id')
    .primaryKey()
    .references(() => concernsTable.id, { onDelete: 'cascade' }),
  descriptionCipher: text('description_cipher').notNull(),
  organisationCipher: text('organisation_cipher'),
})

/** Messages between resident and confidant, encrypted like the description. */
export const concernMessagesTable = pgTable(
  'concern_messages',
  {
    id: text('id').primaryKey(),
    concernId: text('concern_id')
      .notNull()
      .references(() => concernsTable.id, { onDelete: 'cascade' }),
    sender: text('sender').$type<'resident' | 'confidant'>().notNull(),
    bodyCipher: text('body_cipher').notNull(),
    authorId: text('author_id').references(() => usersTable.id),
    /** When the other side first read it: the confidant for resident messages, the resident for the confidant's. */
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('concern_messages_concern_idx').on(table.concernId, table.createdAt)],
)
