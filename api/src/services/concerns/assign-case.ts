import { concernEventsTable } from '../../db/schema/index.js'
import { newId } from '../../security/codes.js'
import type { Db } from '../../store/types.js'
import { auditCase } from '../shared/audit/audit-case.js'
import { InputError } from '../shared/errors.js'
import type { StaffContext } from '../shared/service-context.js'
import { listConfidants } from '../users/list-confidants.js'
import { caseForUpdate, touchCase } from './touch-case.js'

export async function assignCase(context: StaffContext, concernId: string, assigneeId: string | null): Promise<void> {
  const now = context.now()
  const row = await caseForUpdate(context, concernId)
  if (assigneeId !== null) {
    const candidates = await listConfidants(context, [row.municipalityId])
    if (!candidates.some((c) => c.id === assigneeId))
      throw new InputError('assigneeId', 'unknown', { nl: 'Kies een vertrouwenspersoon van deze gemeente.', en: 'Choose a confidant of this municipality.' })
  }
  await context.store.db.transaction(async (tx) => {
    await tx.insert(concernEventsTable).values({ id: newId('evt'), concernId, type: 'assigned', actorId: context.user.id, data: { assigneeId }, createdAt: now })
    await touchCase(tx as unknown as Db, concernId, now, { set: { assigneeId } })
  })
  await auditCase(context, 'concern.assign', concernId, now)
}
