import { auditLogTable } from '../../../db/schema/index.js'
import { randomBytesFromPool } from '../../../security/random-pool.js'
import type { StoreContext } from '../service-context.js'
import type { ProcessingActivity } from './processing-activities.js'

export type AuditActor = { id: string | null; role: 'confidant' | 'administrator' | 'council' | 'resident' | 'system' }

export type AuditAction = {
  /** What was done, as `<object>.<verb>`: `concern.read`, `concern.erase`, `user.create`. */
  name: string
  /** The context's signed-in user when left out, else the system (the CLI, scheduled jobs). */
  actor?: AuditActor
  processingActivity: ProcessingActivity
  objectType: 'concern' | 'user' | 'signal' | 'municipality' | 'partner' | 'audit-log' | 'setting'
  objectId: string | null
  /** When the action began; the context's clock now when left out. */
  startTime?: Date
  ok?: boolean
}

const hex = (bytes: number) => randomBytesFromPool(bytes).toString('hex')

/**
 * Appends one entry to the audit log, with the request's address and id from the context's trace (a fresh trace
 * for the CLI and scheduled jobs). There is deliberately no function to change or remove entries.
 */
export async function recordAudit(context: StoreContext, action: AuditAction): Promise<void> {
  const actor: AuditActor = action.actor ?? (context.user ? { id: context.user.id, role: context.user.role } : { id: null, role: 'system' })
  await context.store.db.insert(auditLogTable).values({
    traceId: context.trace.traceId?.replace(/-/g, '') ?? hex(16),
    spanId: hex(8),
    name: action.name,
    statusCode: action.ok === false ? 'ERROR' : 'OK',
    startTime: action.startTime ?? context.now(),
    endTime: new Date(),
    actorId: actor.id,
    actorRole: actor.role,
    processingActivity: action.processingActivity,
    objectType: action.objectType,
    objectId: action.objectId,
    origin: context.trace.origin ?? null,
  })
}
