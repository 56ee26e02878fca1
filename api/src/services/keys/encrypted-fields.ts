import type { PgColumn, PgTable } from 'drizzle-orm/pg-core'
import { concernContactsTable, concernEventsTable, concernMessagesTable, concernTextsTable, idempotencyKeysTable, usersTable } from '../../db/schema/index.js'
import { CIPHER_CONTEXTS } from '../../security/cipher-contexts.js'

/** One encrypted column: its table, the row's key and the associated data the ciphertext is bound to. */
export type EncryptedField = { name: string; table: PgTable; id: PgColumn; cipher: PgColumn; context: (id: string) => string }

/**
 * Every column that holds a ciphertext. A key rotation re-encrypts exactly these, so a new encrypted column must be
 * added here (a test compares this list with the schema's `_cipher` columns).
 */
export const ENCRYPTED_FIELDS: readonly EncryptedField[] = [
  { name: 'contact', table: concernContactsTable, id: concernContactsTable.concernId, cipher: concernContactsTable.detailsCipher, context: CIPHER_CONTEXTS.contact },
  { name: 'description', table: concernTextsTable, id: concernTextsTable.concernId, cipher: concernTextsTable.descriptionCipher, context: CIPHER_CONTEXTS.description },
  { name: 'organisation', table: concernTextsTable, id: concernTextsTable.concernId, cipher: concernTextsTable.organisationCipher, context: CIPHER_CONTEXTS.organisation },
  { name: 'message', table: concernMessagesTable, id: concernMessagesTable.id, cipher: concernMessagesTable.bodyCipher, context: CIPHER_CONTEXTS.message },
  { name: 'event', table: concernEventsTable, id: concernEventsTable.id, cipher: concernEventsTable.textCipher, context: CIPHER_CONTEXTS.event },
  { name: 'idempotent answer', table: idempotencyKeysTable, id: idempotencyKeysTable.key, cipher: idempotencyKeysTable.responseCipher, context: CIPHER_CONTEXTS.idempotentAnswer },
  { name: 'totp', table: usersTable, id: usersTable.id, cipher: usersTable.totpSecretCipher, context: CIPHER_CONTEXTS.totp },
  { name: 'totp pending', table: usersTable, id: usersTable.id, cipher: usersTable.totpPendingCipher, context: CIPHER_CONTEXTS.totp },
]
