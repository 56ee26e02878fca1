import type { Municipality, MunicipalityInput } from '@klankbord/contract'
import { eq } from 'drizzle-orm'
import { municipalitiesTable } from '../../db/schema/index.js'
import { newId } from '../../security/codes.js'
import { PROCESSING_ACTIVITIES } from '../shared/audit/processing-activities.js'
import { recordAudit } from '../shared/audit/record-audit.js'
import type { ServiceContext, StoreContext } from '../shared/service-context.js'

function toMunicipality(row: typeof municipalitiesTable.$inferSelect): Municipality {
  return { id: row.id, name: row.name, retentionMonths: row.retentionMonths, settings: row.settings, createdAt: row.createdAt.toISOString() }
}

export async function listMunicipalities(context: StoreContext): Promise<Municipality[]> {
  return (await context.store.db.select().from(municipalitiesTable).orderBy(municipalitiesTable.name)).map(toMunicipality)
}

const audit = (context: StoreContext, name: string, id: string) =>
  recordAudit(context, { name, processingActivity: PROCESSING_ACTIVITIES.accountManagement, objectType: 'municipality', objectId: id })

export async function createMunicipality(context: StoreContext, input: MunicipalityInput): Promise<Municipality> {
  const [row] = await context.store.db.insert(municipalitiesTable).values({ id: newId('mun'), ...input, createdAt: context.now() }).returning()
  await audit(context, 'municipality.create', row!.id)
  return toMunicipality(row!)
}

/** The partners' cached records carry their municipality's settings, so they are read again. */
export async function updateMunicipality(context: ServiceContext, id: string, input: MunicipalityInput): Promise<Municipality | undefined> {
  const [row] = await context.store.db.update(municipalitiesTable).set(input).where(eq(municipalitiesTable.id, id)).returning()
  if (!row) return undefined
  context.partners.invalidate()
  await audit(context, 'municipality.update', row.id)
  return toMunicipality(row)
}
