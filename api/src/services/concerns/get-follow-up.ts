import type { ConcernFollowUp } from '@klankbord/contract'
import type { Status } from '@klankbord/contract/vocabulary'
import { and, asc, eq, isNull } from 'drizzle-orm'
import { concernMessagesTable, concernsTable } from '../../db/schema/index.js'
import type { Cipher } from '../../security/cipher.js'
import { CIPHER_CONTEXTS } from '../../security/cipher-contexts.js'
import type { FollowUpHasher } from '../../security/follow-up-hash.js'
import type { Db, Store } from '../../store/types.js'
import { PROCESSING_ACTIVITIES } from '../shared/audit/processing-activities.js'
import { recordAudit } from '../shared/audit/record-audit.js'

export type FollowUpDeps = { store: Store; cipher: Cipher; followUp: FollowUpHasher; now: () => Date }

/** The concern a reference and follow-up code open, or undefined when the reference is unknown or the code is wrong (indistinguishable on purpose). */
export async function concernForCode(db: Db, followUp: FollowUpHasher, reference: string, code: string) {
  const [concern] = await db.select().from(concernsTable).where(eq(concernsTable.reference, reference)).limit(1)
  const valid = followUp.verify(code, concern?.followUpHash)
  return concern && valid ? concern : undefined
}

/** The resident's view of their concern; reading it marks the confidant's messages as read. */
export async function getFollowUp(deps: FollowUpDeps, reference: string, code: string, trace: { origin?: string; traceId?: string } = {}): Promise<ConcernFollowUp | undefined> {
  const startTime = deps.now()
  const concern = await concernForCode(deps.store.db, deps.followUp, reference, code)
  if (!concern) return undefined
  const messages = await deps.store.db
    .select()
    .from(concernMessagesTable)
    .where(eq(concernMessagesTable.concernId, concern.id))
    .orderBy(asc(concernMessagesTable.createdAt))
  if (messages.some((m) => m.sender === 'confidant' && !m.readAt))
    await deps.store.db
      .update(concernMessagesTable)
      .set({ readAt: deps.now() })
      .where(and(eq(concernMessagesTable.concernId, concern.id), eq(concernMessagesTable.sender, 'confidant'), isNull(concernMessagesTable.readAt)))
  if (messages.length)
    await recordAudit(deps.store.db, {
      name: 'concern.follow-up-read',
      actor: { id: null, role: 'resident' },
      processingActivity: PROCESSING_ACTIVITIES.residentDialogue,
      objectType: 'concern',
      objectId: concern.id,
      startTime,
      ...trace,
    })
  return {
    reference: concern.reference,
    status: concern.status as Status,
    createdAt: concern.createdAt.toISOString(),
    firstContactBy: concern.firstContactBy,
    messages: messages.map((m) => ({
      from: m.sender,
      body: deps.cipher.decrypt(m.bodyCipher, CIPHER_CONTEXTS.message(m.id)),
      sentAt: m.createdAt.toISOString(),
    })),
    erased: concern.erasedAt !== null,
  }
}
