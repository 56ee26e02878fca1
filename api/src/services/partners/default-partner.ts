import { eq } from 'drizzle-orm'
import { partnersTable } from '../../db/schema/index.js'
import type { StoreContext } from '../shared/service-context.js'

/**
 * The partner a link without `?partner=` stands for: the municipality's own site, when the installation has exactly
 * one. With several municipalities a link must say which, so there is none.
 */
export async function defaultPartnerKey(context: StoreContext): Promise<string | undefined> {
  const rows = await context.store.db.select({ key: partnersTable.key }).from(partnersTable).where(eq(partnersTable.kind, 'municipality')).limit(2)
  return rows.length === 1 ? rows[0]!.key : undefined
}
