import { auditLogTable } from '../../../db/schema/index.js'
import { randomBytesFromPool } from '../../../security/random-pool.js'
import type { Db } from '../../../store/types.js'
import type { ProcessingActivity } from './processing-activities.js'

export type AuditActor = { id: string | null; role: 'confidant' | 'administrator' | 'council' | 'resident' | 'system' }

export type AuditEvent = {
  /** What was done, as `<object>.<verb>`: `concern.read`, `concern.erase`, `user.create`. */
  name: string
  actor: AuditActor
  processingActivity: ProcessingActivity
  objectType: 'concern' | 'user' | 'signal' | 'municipality' | 'partner' | 'audit-log' | 'setting'
  objectId: string | null
  /** The caller's address; undefined for the CLI and scheduled jobs. */
  origin?: string
  /** The request id, so an entry can be matched with the access log; a fresh trace otherwise. */
  traceId?: string
  startTime: Date
  endTime?: Date
  ok?: boolean
}

const hex = (bytes: number) => randomBytesFromPool(bytes).toString('hex')

/** Appends one entry to the audit log. There is deliberately no function to change or remove entries. */
export async function recordAudit(db: Db, event: AuditEvent): Promise<void> {
  await db.insert(auditLogTable).values({
    traceId: event.traceId?.replace(/-/g, '') ?? hex(16),
    spanId: hex(8),
    name: event.name,
    statusCode: event.ok === false ? 'ERROR' : 'OK',
    startTime: event.startTime,
    endTime: event.endTime ?? new Date(),
    actorId: event.actor.id,
    actorRole: event.actor.role,
    processingActivity: event.processingActivity,
    objectType: event.objectType,
    objectId: event.objectId,
    origin: event.origin ?? null,
  })
}
