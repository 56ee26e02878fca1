import type { StatusChangeInput } from '@klankbord/contract'
import { STATUS_TRANSITIONS, type Status } from '@klankbord/contract/vocabulary'
import { concernEventsTable } from '../../db/schema/index.js'
import { newId } from '../../security/codes.js'
import type { Db } from '../../store/types.js'
import { auditCase } from '../shared/audit/audit-case.js'
import { InputError } from '../shared/errors.js'
import type { StaffContext } from '../shared/service-context.js'
import { TransitionError } from './errors.js'
import { caseForUpdate, touchCase } from './touch-case.js'

export async function changeStatus(context: StaffContext, concernId: string, input: StatusChangeInput): Promise<void> {
  const now = context.now()
  const row = await caseForUpdate(context, concernId)
  const from = row.status as Status
  if (!STATUS_TRANSITIONS[from].includes(input.status)) throw new TransitionError(`${from} → ${input.status}`)
  const closing = input.status === 'closed'
  if (closing && !input.supportGiven?.length)
    throw new InputError('supportGiven', 'required', { nl: 'Kies welke ondersteuning u gaf (minstens één).', en: 'Choose the support you gave (at least one).' })
  if (closing && !input.outcome) throw new InputError('outcome', 'required', { nl: 'Kies de uitkomst.', en: 'Choose the outcome.' })
  const reopening = from === 'closed'
  await context.store.db.transaction(async (tx) => {
    await tx.insert(concernEventsTable).values({
      id: newId('evt'),
      concernId,
      type: reopening ? 'reopened' : 'status',
      actorId: context.user.id,
      data: { from, to: input.status, ...(closing ? { supportGiven: input.supportGiven, outcome: input.outcome } : {}) },
      createdAt: now,
    })
    await touchCase(tx as unknown as Db, concernId, now, {
      set: closing
        ? { status: input.status, supportGiven: [...new Set(input.supportGiven)], outcome: input.outcome, closedAt: now }
        : { status: input.status, ...(reopening ? { closedAt: null } : {}) },
    })
  })
  await auditCase(context, reopening ? 'concern.reopen' : 'concern.status', concernId, now)
}
