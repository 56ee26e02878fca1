import { PROCESSING_ACTIVITIES } from '../shared/audit/processing-activities.js'
import { recordAudit, type AuditAction } from '../shared/audit/record-audit.js'
import type { StoreContext } from '../shared/service-context.js'

/** Writes the audit entry for something done to an account: by the context's user, unless `details` names another actor. */
export function auditAccount(context: StoreContext, name: string, userId: string, details: Pick<AuditAction, 'actor' | 'ok' | 'startTime'> = {}): Promise<void> {
  return recordAudit(context, { name, processingActivity: PROCESSING_ACTIVITIES.accountManagement, objectType: 'user', objectId: userId, ...details })
}
