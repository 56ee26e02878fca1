import { eq } from 'drizzle-orm'
import { concernMessagesTable, concernsTable } from '../../db/schema/index.js'
import { CIPHER_CONTEXTS } from '../../security/cipher-contexts.js'
import { newId } from '../../security/codes.js'
import type { ServiceContext } from '../shared/service-context.js'
import { auditResident } from './audit-resident.js'
import { concernForCode, type ResidentCredentials } from './concern-for-code.js'
import { ConcernErasedError } from './errors.js'

/** The resident answers the confidant. Returns false when reference or code is wrong. */
export async function postResidentMessage(context: ServiceContext, credentials: ResidentCredentials, body: string): Promise<boolean> {
  const now = context.now()
  const concern = await concernForCode(context, credentials)
  if (!concern) return false
  if (concern.erasedAt) throw new ConcernErasedError()
  const id = newId('msg')
  await context.store.db.transaction(async (tx) => {
    await tx.insert(concernMessagesTable).values({ id, concernId: concern.id, sender: 'resident', bodyCipher: context.cipher.encrypt(body, CIPHER_CONTEXTS.message(id)), createdAt: now })
    await tx.update(concernsTable).set({ updatedAt: now }).where(eq(concernsTable.id, concern.id))
  })
  await auditResident(context, 'concern.message-from-resident', concern.id, now)
  return true
}
