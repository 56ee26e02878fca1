import { and, arrayOverlaps, eq, isNull } from 'drizzle-orm'
import type { SignedInUser } from '../../auth/auth-context.js'
import { concernEventsTable, usersTable } from '../../db/schema/index.js'
import { newId } from '../../security/codes.js'
import type { Db } from '../../store/types.js'
import { InputError } from '../shared/errors.js'
import { auditCase, type RequestTrace } from '../shared/audit/audit-case.js'
import { caseForUpdate, touchCase } from './touch-case.js'

/** Confidants who may take a case of this municipality. */
export async function confidantsFor(db: Db, municipalityIds: readonly string[]) {
  return db
    .select({ id: usersTable.id, name: usersTable.name })
    .from(usersTable)
    .where(and(eq(usersTable.role, 'confidant'), isNull(usersTable.disabledAt), arrayOverlaps(usersTable.municipalityIds, [...municipalityIds])))
    .orderBy(usersTable.name)
}

export async function assignCase(db: Db, user: SignedInUser, concernId: string, assigneeId: string | null, now: Date, trace: RequestTrace): Promise<void> {
  const row = await caseForUpdate(db, user, concernId)
  if (assigneeId !== null) {
    const candidates = await confidantsFor(db, [row.municipalityId])
    if (!candidates.some((c) => c.id === assigneeId))
      throw new InputError('assigneeId', 'unknown', { nl: 'Kies een vertrouwenspersoon van deze gemeente.', en: 'Choose a confidant of this municipality.' })
  }
  await db.transaction(async (tx) => {
    await tx.insert(concernEventsTable).values({ id: newId('evt'), concernId, type: 'assigned', actorId: user.id, data: { assigneeId }, createdAt: now })
    await touchCase(tx as unknown as Db, concernId, now, { set: { assigneeId } })
  })
  await auditCase(db, user, 'concern.assign', concernId, trace, now)
}
