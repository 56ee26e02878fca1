import { PROCESSING_ACTIVITIES } from '../shared/audit/processing-activities.js'
import { recordAudit } from '../shared/audit/record-audit.js'
import type { ServiceContext } from '../shared/service-context.js'

/** What a resident can do with reference and code, and the register entry each belongs to. */
const ACTIVITIES = {
  'concern.follow-up-read': PROCESSING_ACTIVITIES.residentDialogue,
  'concern.message-from-resident': PROCESSING_ACTIVITIES.residentDialogue,
  'concern.data-copy': PROCESSING_ACTIVITIES.residentRights,
  'concern.erase': PROCESSING_ACTIVITIES.residentRights,
} as const

/** Writes the audit entry for what a resident did with their reference and code. */
export function auditResident(context: ServiceContext, name: keyof typeof ACTIVITIES, concernId: string, startTime: Date): Promise<void> {
  return recordAudit(context, { name, actor: { id: null, role: 'resident' }, processingActivity: ACTIVITIES[name], objectType: 'concern', objectId: concernId, startTime })
}
