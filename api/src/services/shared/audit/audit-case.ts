import type { SignedInUser } from '../../../auth/auth-context.js'
import type { Db } from '../../../store/types.js'
import { PROCESSING_ACTIVITIES } from './processing-activities.js'
import { recordAudit, type AuditEvent } from './record-audit.js'

/** Where a request came from, for the audit log: the (reduced) address and the request id of the access log. */
export type RequestTrace = { origin?: string; traceId?: string }

/** Writes the audit entry for an action on a case by a confidant. */
export function auditCase(db: Db, user: SignedInUser, name: string, concernId: string, trace: RequestTrace, startTime: Date): Promise<void> {
  const event: AuditEvent = {
    name,
    actor: { id: user.id, role: user.role },
    processingActivity: PROCESSING_ACTIVITIES.caseHandling,
    objectType: 'concern',
    objectId: concernId,
    startTime,
    ...trace,
  }
  return recordAudit(db, event)
}
