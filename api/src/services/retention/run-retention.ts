import { and, eq, isNull, lt, sql } from 'drizzle-orm'
import { concernsTable, loginThrottleTable, municipalitiesTable, rateLimitsTable, spentChallengesTable } from '../../db/schema/index.js'
import type { Db } from '../../store/types.js'
import { PROCESSING_ACTIVITIES } from '../shared/audit/processing-activities.js'
import { recordAudit } from '../shared/audit/record-audit.js'
import type { StoreContext } from '../shared/service-context.js'
import { erasePersonalData } from '../concerns/erase-personal-data.js'

export type RetentionResult = { due: { id: string; reference: string; closedAt: string; municipality: string }[]; erased: number }

/** Closed cases whose municipality's retention period (in months after closing) has passed, and that still hold personal data. */
export async function casesDueForErasure(db: Db, now: Date) {
  return db
    .select({ id: concernsTable.id, reference: concernsTable.reference, closedAt: concernsTable.closedAt, municipality: municipalitiesTable.name })
    .from(concernsTable)
    .innerJoin(municipalitiesTable, eq(municipalitiesTable.id, concernsTable.municipalityId))
    .where(
      and(
        eq(concernsTable.status, 'closed'),
        isNull(concernsTable.erasedAt),
        lt(concernsTable.closedAt, sql`${now.toISOString()}::timestamptz - make_interval(months => ${municipalitiesTable.retentionMonths})`),
      ),
    )
    .orderBy(concernsTable.closedAt)
}

/** Erases the personal data of every case due; with `dryRun`, only says which ones. Each erasure is in the audit log. */
export async function runRetention(context: StoreContext, options: { dryRun: boolean }): Promise<RetentionResult> {
  const { db } = context.store
  const now = context.now()
  const due = await casesDueForErasure(db, now)
  if (!options.dryRun) await forgetExpiredSingleUseRows(db, now)
  if (!options.dryRun)
    for (const c of due) {
      // The entry is written with the erasure, so no case is erased without it (or logged as erased while it is not).
      await erasePersonalData(db, c.id, 'retention', now, (tx) =>
        recordAudit({ ...context, store: { ...context.store, db: tx } }, { name: 'concern.erase', actor: { id: null, role: 'system' }, processingActivity: PROCESSING_ACTIVITIES.retention, objectType: 'concern', objectId: c.id, startTime: now }),
      )
    }
  return { due: due.map((c) => ({ ...c, closedAt: c.closedAt!.toISOString() })), erased: options.dryRun ? 0 : due.length }
}

/** Spent proof-of-work solutions past their expiry can no longer be presented; idle login and rate-limit counts are forgotten after a day. */
async function forgetExpiredSingleUseRows(db: Db, now: Date): Promise<void> {
  await db.delete(spentChallengesTable).where(lt(spentChallengesTable.expiresAt, now))
  const dayAgo = new Date(now.getTime() - 24 * 3600 * 1000)
  await db.delete(loginThrottleTable).where(and(lt(loginThrottleTable.windowStart, dayAgo), sql`coalesce(${loginThrottleTable.blockedUntil}, ${loginThrottleTable.windowStart}) < ${now.toISOString()}::timestamptz`))
  await db.delete(rateLimitsTable).where(lt(rateLimitsTable.windowStart, dayAgo))
}
