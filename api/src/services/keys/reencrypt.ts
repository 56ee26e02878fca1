import { and, count, eq, isNotNull, notLike, sql } from 'drizzle-orm'
import { settingsTable } from '../../db/schema/index.js'
import type { Cipher } from '../../security/cipher.js'
import type { KeyRing } from '../../security/key-ring.js'
import type { Db } from '../../store/types.js'
import { ENCRYPTED_FIELDS, type EncryptedField } from './encrypted-fields.js'
import { HASH_SECRETS_CONTEXT, HASH_SECRETS_KEY } from './hash-secrets.js'

export type ReencryptProgress = { keyId: string; reencrypted: number; remaining: number }

const notUnder = (field: EncryptedField, prefix: string) => and(isNotNull(field.cipher), notLike(field.cipher, `${prefix}%`))

/** How many ciphertexts are not yet under the current key. */
export async function countOutdated(db: Db, ring: KeyRing): Promise<number> {
  const prefix = `v2.${ring.current().id}.`
  let total = 0
  for (const field of ENCRYPTED_FIELDS) {
    const [row] = await db.select({ n: count() }).from(field.table).where(notUnder(field, prefix))
    total += row?.n ?? 0
  }
  const [secrets] = await db
    .select({ n: count() })
    .from(settingsTable)
    .where(and(eq(settingsTable.key, HASH_SECRETS_KEY), sql`${settingsTable.value}->>'cipher' not like ${`${prefix}%`}`))
  return total + (secrets?.n ?? 0)
}

/**
 * Re-encrypts up to `limit` ciphertexts under the current key. Each row is written with a compare-and-set on its old
 * ciphertext, so a value a request changed meanwhile is left alone (it is already under the current key) and a
 * rotation that crashed simply continues: what is done stays done, what is not is found again.
 */
export async function reencryptBatch(db: Db, cipher: Cipher, ring: KeyRing, limit: number): Promise<ReencryptProgress> {
  const { id: keyId } = ring.current()
  const prefix = `v2.${keyId}.`
  let reencrypted = 0
  for (const field of ENCRYPTED_FIELDS) {
    if (reencrypted >= limit) break
    const rows = await db
      .select({ id: field.id, cipher: field.cipher })
      .from(field.table)
      .where(notUnder(field, prefix))
      .limit(limit - reencrypted)
    for (const row of rows as { id: string; cipher: string }[]) {
      const fresh = cipher.encrypt(cipher.decrypt(row.cipher, field.context(row.id)), field.context(row.id))
      await db
        .update(field.table)
        .set({ [columnKey(field)]: fresh })
        .where(and(eq(field.id, row.id), eq(field.cipher, row.cipher)))
      reencrypted++
    }
  }
  const [secrets] = await db.select({ value: settingsTable.value }).from(settingsTable).where(eq(settingsTable.key, HASH_SECRETS_KEY))
  const old = (secrets?.value as { cipher?: string } | undefined)?.cipher
  if (old && !old.startsWith(prefix) && reencrypted < limit) {
    const fresh = cipher.encrypt(cipher.decrypt(old, HASH_SECRETS_CONTEXT), HASH_SECRETS_CONTEXT)
    await db
      .update(settingsTable)
      .set({ value: { cipher: fresh } })
      .where(and(eq(settingsTable.key, HASH_SECRETS_KEY), sql`${settingsTable.value}->>'cipher' = ${old}`))
    reencrypted++
  }
  return { keyId, reencrypted, remaining: await countOutdated(db, ring) }
}

/** The property name Drizzle's `set` expects for the field's column. */
function columnKey(field: EncryptedField): string {
  const entry = Object.entries(field.table).find(([, column]) => column === field.cipher)
  if (!entry) throw new Error(`Column ${field.cipher.name} is not in its table`)
  return entry[0]
}
