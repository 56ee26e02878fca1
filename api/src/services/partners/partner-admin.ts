import type { Partner, PartnerInput } from '@klankbord/contract'
import type { PartnerKind } from '@klankbord/contract/vocabulary'
import { eq } from 'drizzle-orm'
import { municipalitiesTable, partnersTable } from '../../db/schema/index.js'
import { newId } from '../../security/codes.js'
import type { Db } from '../../store/types.js'
import { isUniqueViolation } from '../../store/unique-violation.js'
import { InputError } from '../shared/errors.js'

function toPartner(row: typeof partnersTable.$inferSelect): Partner {
  return { id: row.id, municipalityId: row.municipalityId, name: row.name, kind: row.kind as PartnerKind, key: row.key, allowedOrigins: row.allowedOrigins, createdAt: row.createdAt.toISOString() }
}

const keyTaken = () => new InputError('key', 'taken', { nl: 'Deze sleutel is al in gebruik.', en: 'This key is already in use.' })
const unknownMunicipality = () => new InputError('municipalityId', 'unknown', { nl: 'Deze gemeente bestaat niet.', en: 'This municipality does not exist.' })

async function assertMunicipality(db: Db, id: string): Promise<void> {
  const [row] = await db.select({ id: municipalitiesTable.id }).from(municipalitiesTable).where(eq(municipalitiesTable.id, id))
  if (!row) throw unknownMunicipality()
}

export async function listPartners(db: Db): Promise<Partner[]> {
  return (await db.select().from(partnersTable).orderBy(partnersTable.name)).map(toPartner)
}

export async function createPartner(db: Db, input: PartnerInput, now: Date): Promise<Partner> {
  await assertMunicipality(db, input.municipalityId)
  try {
    const [row] = await db.insert(partnersTable).values({ id: newId('par'), ...input, allowedOrigins: [...new Set(input.allowedOrigins)], createdAt: now }).returning()
    return toPartner(row!)
  } catch (error) {
    if (isUniqueViolation(error, 'partners_key_unique')) throw keyTaken()
    throw error
  }
}

export async function updatePartner(db: Db, id: string, input: PartnerInput): Promise<Partner | undefined> {
  await assertMunicipality(db, input.municipalityId)
  try {
    const [row] = await db
      .update(partnersTable)
      .set({ ...input, allowedOrigins: [...new Set(input.allowedOrigins)] })
      .where(eq(partnersTable.id, id))
      .returning()
    return row && toPartner(row)
  } catch (error) {
    if (isUniqueViolation(error, 'partners_key_unique')) throw keyTaken()
    throw error
  }
}
