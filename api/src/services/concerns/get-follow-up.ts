import type { ConcernFollowUp } from '@klankbord/contract'
import type { Status } from '@klankbord/contract/vocabulary'
import { and, asc, eq, isNull } from 'drizzle-orm'
import { concernMessagesTable } from '../../db/schema/index.js'
import { CIPHER_CONTEXTS } from '../../security/cipher-contexts.js'
import type { ServiceContext } from '../shared/service-context.js'
import { auditResident } from './audit-resident.js'
import { concernForCode, type ResidentCredentials } from './concern-for-code.js'

/** The resident's view of their concern; reading it marks the confidant's messages as read. */
export async function getFollowUp(context: ServiceContext, credentials: ResidentCredentials): Promise<ConcernFollowUp | undefined> {
  const { db } = context.store
  const startTime = context.now()
  const concern = await concernForCode(context, credentials)
  if (!concern) return undefined
  const messages = await db.select().from(concernMessagesTable).where(eq(concernMessagesTable.concernId, concern.id)).orderBy(asc(concernMessagesTable.createdAt))
  if (messages.some((m) => m.sender === 'confidant' && !m.readAt))
    await db
      .update(concernMessagesTable)
      .set({ readAt: context.now() })
      .where(and(eq(concernMessagesTable.concernId, concern.id), eq(concernMessagesTable.sender, 'confidant'), isNull(concernMessagesTable.readAt)))
  if (messages.length) await auditResident(context, 'concern.follow-up-read', concern.id, startTime)
  return {
    reference: concern.reference,
    status: concern.status as Status,
    createdAt: concern.createdAt.toISOString(),
    firstContactBy: concern.firstContactBy,
    messages: messages.map((m) => ({
      from: m.sender,
      body: context.cipher.decrypt(m.bodyCipher, CIPHER_CONTEXTS.message(m.id)),
      sentAt: m.createdAt.toISOString(),
    })),
    erased: concern.erasedAt !== null,
  }
}
