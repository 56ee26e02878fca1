import type { ConcernFollowUp } from '@klankbord/contract'
import type { Status } from '@klankbord/contract/vocabulary'
import { asc, eq } from 'drizzle-orm'
import { concernMessagesTable, concernsTable } from '../../db/schema/index.js'
import type { Cipher } from '../../security/cipher.js'
import type { FollowUpHasher } from '../../security/follow-up-hash.js'
import type { Store } from '../../store/types.js'

/** The resident's view of their concern, or undefined when the reference is unknown or the code is wrong (indistinguishable on purpose). */
export async function getFollowUp(deps: { store: Store; cipher: Cipher; followUp: FollowUpHasher }, reference: string, code: string): Promise<ConcernFollowUp | undefined> {
  const [concern] = await deps.store.db.select().from(concernsTable).where(eq(concernsTable.reference, reference)).limit(1)
  const valid = deps.followUp.verify(code, concern?.followUpHash)
  if (!concern || !valid) return undefined
  const messages = await deps.store.db
    .select()
    .from(concernMessagesTable)
    .where(eq(concernMessagesTable.concernId, concern.id))
    .orderBy(asc(concernMessagesTable.createdAt))
  return {
    reference: concern.reference,
    status: concern.status as Status,
    createdAt: concern.createdAt.toISOString(),
    firstContactBy: concern.firstContactBy,
    messages: messages.map((m) => ({
      from: m.sender,
      body: deps.cipher.decrypt(m.bodyCipher, `message:${m.id}`),
      sentAt: m.createdAt.toISOString(),
    })),
  }
}
