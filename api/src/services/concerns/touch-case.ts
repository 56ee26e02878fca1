import { and, eq, sql } from 'drizzle-orm'
import { concernsTable } from '../../db/schema/index.js'
import type { Db } from '../../store/types.js'
import type { StaffContext } from '../shared/service-context.js'
import { CaseNotFoundError } from './errors.js'
import { caseInScope } from './scope.js'

/** Loads a case in the user's scope for a change, or throws CaseNotFoundError. */
export async function caseForUpdate(context: StaffContext, concernId: string) {
  const [row] = await context.store.db.select().from(concernsTable).where(caseInScope(context.user, concernId)).limit(1)
  if (!row) throw new CaseNotFoundError()
  return row
}

/** Every change bumps updated_at, which is what the inbox polls; the first contact with the resident is remembered. */
export async function touchCase(db: Db, concernId: string, now: Date, options: { firstContact?: boolean; set?: Partial<typeof concernsTable.$inferInsert> } = {}) {
  await db
    .update(concernsTable)
    .set({
      updatedAt: now,
      ...(options.firstContact ? { firstContactAt: sql`coalesce(${concernsTable.firstContactAt}, ${now.toISOString()}::timestamptz)` } : {}),
      ...options.set,
    })
    .where(and(eq(concernsTable.id, concernId)))
}
