import { csvFile, type AuditEntry } from '@klankbord/contract'
import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm'
import { auditLogTable, usersTable } from '../../db/schema/index.js'
import { PROCESSING_ACTIVITIES } from '../shared/audit/processing-activities.js'
import { recordAudit } from '../shared/audit/record-audit.js'
import type { StoreContext } from '../shared/service-context.js'

export type AuditFilter = { objectId?: string; actorId?: string; from?: string; to?: string; limit: number }

/** `export` when the entries leave as a file (CSV), `read` when they are shown. */
export type AuditUse = 'read' | 'export'

const nextDay = (date: string) => new Date(new Date(`${date}T00:00:00Z`).getTime() + 86_400_000)

/** The newest entries that match; reading the audit log is itself logged, since who looked at whose traces is worth knowing. */
export async function listAudit(context: StoreContext, filter: AuditFilter, use: AuditUse): Promise<AuditEntry[]> {
  const conditions: SQL[] = []
  if (filter.objectId) conditions.push(eq(auditLogTable.objectId, filter.objectId))
  if (filter.actorId) conditions.push(eq(auditLogTable.actorId, filter.actorId))
  if (filter.from) conditions.push(gte(auditLogTable.startTime, new Date(`${filter.from}T00:00:00Z`)))
  if (filter.to) conditions.push(lt(auditLogTable.startTime, nextDay(filter.to)))
  const rows = await context.store.db
    .select({ entry: auditLogTable, actorName: usersTable.name })
    .from(auditLogTable)
    .leftJoin(usersTable, eq(usersTable.id, auditLogTable.actorId))
    .where(and(...conditions))
    .orderBy(desc(auditLogTable.id))
    .limit(filter.limit)
  await recordAudit(context, { name: `audit-log.${use}`, processingActivity: PROCESSING_ACTIVITIES.auditReview, objectType: 'audit-log', objectId: null })
  return rows.map(({ entry, actorName }) => ({
    id: String(entry.id),
    traceId: entry.traceId,
    spanId: entry.spanId,
    name: entry.name,
    statusCode: entry.statusCode as 'OK' | 'ERROR',
    startTime: entry.startTime.toISOString(),
    endTime: entry.endTime.toISOString(),
    actor: { id: entry.actorId, name: actorName, role: entry.actorRole },
    processingActivity: entry.processingActivity,
    objectType: entry.objectType,
    objectId: entry.objectId,
    origin: entry.origin,
  }))
}

const CSV_COLUMNS = ['id', 'traceId', 'spanId', 'name', 'statusCode', 'startTime', 'endTime', 'actorId', 'actorName', 'actorRole', 'processingActivity', 'objectType', 'objectId', 'origin'] as const

/** RFC 4180 CSV; cells that a spreadsheet would run as a formula get a leading apostrophe. */
export function auditCsv(entries: AuditEntry[]): string {
  const records = entries.map((e) => [e.id, e.traceId, e.spanId, e.name, e.statusCode, e.startTime, e.endTime, e.actor.id, e.actor.name, e.actor.role, e.processingActivity, e.objectType, e.objectId, e.origin])
  return csvFile(CSV_COLUMNS, records, '\r\n')
}
