import type { ConcernCreated } from '@klankbord/contract'
import { eq } from 'drizzle-orm'
import { idempotencyKeysTable } from '../../db/schema/index.js'
import { CIPHER_CONTEXTS } from '../../security/cipher-contexts.js'
import type { ServiceContext } from '../shared/service-context.js'
import { requestHash, type ConcernContent, type CreateConcernResult } from './concern-record.js'
import { IdempotencyConflictError } from './errors.js'

/** The first answer given for this key, if a concern was stored with it; the same key with other content is a conflict. */
export async function findIdempotentReplay(context: ServiceContext, key: string, content: ConcernContent): Promise<CreateConcernResult | undefined> {
  const [row] = await context.store.db.select().from(idempotencyKeysTable).where(eq(idempotencyKeysTable.key, key)).limit(1)
  if (!row) return undefined
  if (row.requestHash !== requestHash(content)) throw new IdempotencyConflictError()
  const created = JSON.parse(context.cipher.decrypt(row.responseCipher, CIPHER_CONTEXTS.idempotentAnswer(key))) as ConcernCreated
  return { created, replayed: true, concernId: row.concernId }
}
