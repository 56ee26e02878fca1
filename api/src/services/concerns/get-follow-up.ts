import type { ConcernFollowUp } from '@klankbord/contract'
import { lastDayToObject } from '@klankbord/contract/dates'
import type { Outcome, Status } from '@klankbord/contract/vocabulary'
import { and, asc, eq, isNull } from 'drizzle-orm'
import { concernMessagesTable } from '../../db/schema/index.js'
import { CIPHER_CONTEXTS } from '../../security/cipher-contexts.js'
import type { ServiceContext } from '../shared/service-context.js'
import { auditResident } from './audit-resident.js'
import { concernForCode, type ResidentCredentials } from './concern-for-code.js'
import { nextStepsFor } from './next-steps.js'

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
  // A reopened case keeps its last outcome in the row; the resident sees it only while the case is closed.
  const closed = concern.status === 'closed'
  return {
    reference: concern.reference,
    status: concern.status as Status,
    createdAt: concern.createdAt.toISOString(),
    firstContactBy: concern.firstContactBy,
    firstContactAt: concern.firstContactAt?.toISOString() ?? null,
    closedAt: closed ? (concern.closedAt?.toISOString() ?? null) : null,
    outcome: closed ? ((concern.outcome as Outcome | null) ?? null) : null,
    decisionDate: concern.decisionDate,
    objectionDeadline: concern.decisionDate ? lastDayToObject(concern.decisionDate) : null,
    nextSteps: closed ? await nextStepsFor(context, concern.municipalityId) : null,
    messages: messages.map((m) => ({
      from: m.sender,
      body: context.cipher.decrypt(m.bodyCipher, CIPHER_CONTEXTS.message(m.id)),
      sentAt: m.createdAt.toISOString(),
    })),
    erased: concern.erasedAt !== null,
  }
}
