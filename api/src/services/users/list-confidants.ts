import { and, arrayOverlaps, eq, isNull } from 'drizzle-orm'
import { usersTable } from '../../db/schema/index.js'
import type { StoreContext } from '../shared/service-context.js'

/** Confidants who may take a case of these municipalities. */
export async function listConfidants(context: StoreContext, municipalityIds: readonly string[]) {
  return context.store.db
    .select({ id: usersTable.id, name: usersTable.name })
    .from(usersTable)
    .where(and(eq(usersTable.role, 'confidant'), isNull(usersTable.disabledAt), arrayOverlaps(usersTable.municipalityIds, [...municipalityIds])))
    .orderBy(usersTable.name)
}
