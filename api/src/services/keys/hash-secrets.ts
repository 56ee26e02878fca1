import { eq } from 'drizzle-orm'
import { settingsTable } from '../../db/schema/index.js'
import type { Cipher } from '../../security/cipher.js'
import { followUpSecret } from '../../security/follow-up-hash.js'
import type { KeyRing } from '../../security/key-ring.js'
import { recoveryCodeSecret } from '../../security/recovery-codes.js'
import type { Db } from '../../store/types.js'

export const HASH_SECRETS_KEY = 'hash-secrets'
export const HASH_SECRETS_CONTEXT = 'settings:hash-secrets'

/** The HMAC keys of follow-up codes and recovery codes. */
export type HashSecrets = { readonly followUpCode: Buffer; readonly recoveryCode: Buffer }

/**
 * Stored hashes of follow-up and recovery codes cannot be made again without the codes, so their HMAC keys must
 * outlive a key rotation. They are derived once from the oldest master key loaded and kept in the settings,
 * encrypted like personal data (so a copy of the database alone still cannot test a guess); a rotation re-encrypts
 * them with everything else. Run at every start; the first start after an upgrade stores them.
 */
export async function ensureHashSecrets(db: Db, cipher: Cipher, ring: KeyRing): Promise<HashSecrets> {
  const stored = await readHashSecrets(db, cipher)
  if (stored) return stored
  const oldest = ring.all().at(-1)!.key
  const secrets = { followUpCode: followUpSecret(oldest), recoveryCode: recoveryCodeSecret(oldest) }
  const text = JSON.stringify({ followUpCode: secrets.followUpCode.toString('hex'), recoveryCode: secrets.recoveryCode.toString('hex') })
  await db
    .insert(settingsTable)
    .values({ key: HASH_SECRETS_KEY, value: { cipher: cipher.encrypt(text, HASH_SECRETS_CONTEXT) }, updatedAt: new Date() })
    .onConflictDoNothing()
  // Another instance may have stored them a moment earlier: what the store holds wins.
  return (await readHashSecrets(db, cipher))!
}

async function readHashSecrets(db: Db, cipher: Cipher): Promise<HashSecrets | undefined> {
  const [row] = await db.select({ value: settingsTable.value }).from(settingsTable).where(eq(settingsTable.key, HASH_SECRETS_KEY))
  if (!row) return undefined
  const parsed = JSON.parse(cipher.decrypt((row.value as { cipher: string }).cipher, HASH_SECRETS_CONTEXT)) as { followUpCode: string; recoveryCode: string }
  return { followUpCode: Buffer.from(parsed.followUpCode, 'hex'), recoveryCode: Buffer.from(parsed.recoveryCode, 'hex') }
}
