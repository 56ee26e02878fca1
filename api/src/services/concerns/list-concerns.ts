import type { ConcernSummary } from '@klankbord/contract'
import type { Channel, Domain, Status } from '@klankbord/contract/vocabulary'
import { desc, eq } from 'drizzle-orm'
import { concernsTable, municipalitiesTable } from '../../db/schema/index.js'
import type { StoreContext } from '../shared/service-context.js'

/** Newest first; codes and dates only, no personal data. */
export async function listConcerns(context: StoreContext, options: { limit: number }): Promise<ConcernSummary[]> {
  const rows = await context.store.db
    .select({
      reference: concernsTable.reference,
      createdAt: concernsTable.createdAt,
      status: concernsTable.status,
      domain: concernsTable.domain,
      channel: concernsTable.channel,
      municipality: municipalitiesTable.name,
    })
    .from(concernsTable)
    .innerJoin(municipalitiesTable, eq(concernsTable.municipalityId, municipalitiesTable.id))
    .orderBy(desc(concernsTable.createdAt))
    .limit(options.limit)
  return rows.map((row) => ({
    reference: row.reference,
    createdAt: row.createdAt.toISOString(),
    status: row.status as Status,
    domain: row.domain as Domain,
    channel: row.channel as Channel,
    municipality: row.municipality,
  }))
}
