import type { Partner, PartnerInput } from '@klankbord/contract'
import type { PartnerKind } from '@klankbord/contract/vocabulary'
import { eq } from 'drizzle-orm'
import { municipalitiesTable, partnersTable } from '../../db/schema/index.js'
import { newId } from '../../security/codes.js'
import { isUniqueViolation } from '../../store/unique-violation.js'
import { InputError } from '../shared/errors.js'
import { PROCESSING_ACTIVITIES } from '../shared/audit/processing-activities.js'
import { recordAudit } from '../shared/audit/record-audit.js'
import type { ServiceContext, StoreContext } from '../shared/service-context.js'

function toPartner(row: typeof partnersTable.$inferSelect): Partner {
  return { id: row.id, municipalityId: row.municipalityId, name: row.name, kind: row.kind as PartnerKind, key: row.key, allowedOrigins: row.allowedOrigins, createdAt: row.createdAt.toISOString() }
}

const keyTaken = () => new InputError('key', 'taken', { nl: 'Deze sleutel is al in gebruik.', en: 'This key is already in use.' })
const unknownMunicipality = () => new InputError('municipalityId', 'unknown', { nl: 'Deze gemeente bestaat niet.', en: 'This municipality does not exist.' })

/** Keys are unique among partners: a taken one is the administrator's to change. */
async function keyChecked<T>(write: Promise<T>): Promise<T> {
  try {
    return await write
  } catch (error) {
    if (isUniqueViolation(error, 'partners_key_unique')) throw keyTaken()
    throw error
  }
}

async function assertMunicipality(context: StoreContext, id: string): Promise<void> {
  const [row] = await context.store.db.select({ id: municipalitiesTable.id }).from(municipalitiesTable).where(eq(municipalitiesTable.id, id))
  if (!row) throw unknownMunicipality()
}

export async function listPartners(context: StoreContext): Promise<Partner[]> {
  return (await context.store.db.select().from(partnersTable).orderBy(partnersTable.name)).map(toPartner)
}

/** A partner's key and origins are live on every instance within the cache's ten seconds, on this one at once. */
async function changed(context: ServiceContext, name: string, partner: Partner): Promise<Partner> {
  context.partners.invalidate()
  await recordAudit(context, { name, processingActivity: PROCESSING_ACTIVITIES.accountManagement, objectType: 'partner', objectId: partner.id })
  return partner
}

export async function createPartner(context: ServiceContext, input: PartnerInput): Promise<Partner> {
  const now = context.now()
  await assertMunicipality(context, input.municipalityId)
  const [row] = await keyChecked(context.store.db.insert(partnersTable).values({ id: newId('par'), ...input, allowedOrigins: [...new Set(input.allowedOrigins)], createdAt: now }).returning())
  return changed(context, 'partner.create', toPartner(row!))
}

export async function updatePartner(context: ServiceContext, id: string, input: PartnerInput): Promise<Partner | undefined> {
  await assertMunicipality(context, input.municipalityId)
  const [row] = await keyChecked(
    context.store.db
      .update(partnersTable)
      .set({ ...input, allowedOrigins: [...new Set(input.allowedOrigins)] })
      .where(eq(partnersTable.id, id))
      .returning(),
  )
  return row && changed(context, 'partner.update', toPartner(row))
}
