import { and, eq, isNotNull } from 'drizzle-orm'
import { auditLogTable, concernContactsTable, concernEventsTable, concernMessagesTable, concernTextsTable, concernsTable, idempotencyKeysTable } from '../../db/schema/index.js'
import { newId } from '../../security/codes.js'
import type { Db } from '../../store/types.js'

export type ErasureReason = 'retention' | 'resident-request'

/**
 * Removes everything that is about the person: contact details, what they wrote, the messages, the
 * free text of notes and contacts, the stored answer of a retried submission, and the (reduced) addresses in the
 * audit log's entries about the case. What stays is the statistical
 * record (municipality, partner, domain, kinds, wish, support, outcome, dates) and the timeline's codes.
 * All of it is one transaction, with `alsoInTransaction` (the audit entry) in it: a process killed halfway leaves
 * the case as it was or fully erased, never in between.
 */
export async function erasePersonalData(db: Db, concernId: string, reason: ErasureReason, now: Date, alsoInTransaction?: (tx: Db) => Promise<void>): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(concernContactsTable).where(eq(concernContactsTable.concernId, concernId))
    await tx.delete(concernTextsTable).where(eq(concernTextsTable.concernId, concernId))
    await tx.delete(concernMessagesTable).where(eq(concernMessagesTable.concernId, concernId))
    await tx.delete(idempotencyKeysTable).where(eq(idempotencyKeysTable.concernId, concernId))
    await tx.update(concernEventsTable).set({ textCipher: null }).where(eq(concernEventsTable.concernId, concernId))
    await tx.insert(concernEventsTable).values({ id: newId('evt'), concernId, type: 'erased', data: { reason }, createdAt: now })
    await tx.update(concernsTable).set({ erasedAt: now, updatedAt: now }).where(eq(concernsTable.id, concernId))
    // Where the requests about this case came from goes with it; the audit log allows only this change.
    await tx.update(auditLogTable).set({ origin: null }).where(and(eq(auditLogTable.objectId, concernId), isNotNull(auditLogTable.origin)))
    await alsoInTransaction?.(tx)
  })
}
