import type { StaffContext } from '../service-context.js'
import { PROCESSING_ACTIVITIES } from './processing-activities.js'
import { recordAudit } from './record-audit.js'

/** Writes the audit entry for an action on a case by the signed-in confidant. */
export function auditCase(context: StaffContext, name: string, concernId: string, startTime: Date): Promise<void> {
  return recordAudit(context, { name, processingActivity: PROCESSING_ACTIVITIES.caseHandling, objectType: 'concern', objectId: concernId, startTime })
}
