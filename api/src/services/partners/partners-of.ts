import type { PartnerKind } from '@klankbord/contract/vocabulary'
import { inArray } from 'drizzle-orm'
import { partnersTable } from '../../db/schema/index.js'
import type { StoreContext } from '../shared/service-context.js'

/** The partner websites of these municipalities: names and kinds only, for filtering the inbox. */
export async function partnersOf(context: StoreContext, municipalityIds: readonly string[]) {
  if (!municipalityIds.length) return []
  const rows = await context.store.db
    .select({ id: partnersTable.id, name: partnersTable.name, kind: partnersTable.kind, municipalityId: partnersTable.municipalityId })
    .from(partnersTable)
    .where(inArray(partnersTable.municipalityId, [...municipalityIds]))
    .orderBy(partnersTable.name)
  return rows.map((row) => ({ ...row, kind: row.kind as PartnerKind }))
}
