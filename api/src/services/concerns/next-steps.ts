import type { ConcernNextSteps } from '@klankbord/contract'
import { NATIONAL_OMBUDSMAN } from '@klankbord/contract/vocabulary'
import { eq } from 'drizzle-orm'
import { municipalitiesTable } from '../../db/schema/index.js'
import type { StoreContext } from '../shared/service-context.js'

/**
 * Where the resident can go after the confidant: the municipality's complaint procedure and its ombudsman, or the
 * National Ombudsman for a municipality without one of its own.
 */
export async function nextStepsFor(context: StoreContext, municipalityId: string): Promise<ConcernNextSteps> {
  const [row] = await context.store.db
    .select({ name: municipalitiesTable.name, settings: municipalitiesTable.settings })
    .from(municipalitiesTable)
    .where(eq(municipalitiesTable.id, municipalityId))
  const own = row?.settings.ombudsman
  return {
    municipality: row?.name ?? '',
    complaintProcedureUrl: row?.settings.complaintProcedureUrl ?? null,
    ombudsman: own ? { kind: 'municipal', ...own } : { kind: 'national', ...NATIONAL_OMBUDSMAN },
  }
}
