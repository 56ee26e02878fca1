import { PROCESSING_ACTIVITIES } from '../shared/audit/processing-activities.js'
import { recordAudit } from '../shared/audit/record-audit.js'
import type { StaffContext } from '../shared/service-context.js'

/** The administrator opens the dashboard, statistics and report to everyone, or closes them again. */
export async function setPublication(context: StaffContext, statisticsPublic: boolean): Promise<void> {
  await context.publication.setStatisticsPublic(statisticsPublic, context.user.id, context.now())
  await recordAudit(context, {
    name: statisticsPublic ? 'publication.public' : 'publication.private',
    processingActivity: PROCESSING_ACTIVITIES.accountManagement,
    objectType: 'setting',
    objectId: 'statistics-public',
  })
}
