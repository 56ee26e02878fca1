import type { Municipality, MunicipalityInput } from '@klankbord/contract'
import { eq } from 'drizzle-orm'
import { municipalitiesTable } from '../../db/schema/index.js'
import { newId } from '../../security/codes.js'
import type { Db } from '../../store/types.js'

function toMunicipality(row: typeof municipalitiesTable.$inferSelect): Municipality {
  return { id: row.id, name: row.name, retentionMonths: row.retentionMonths, settings: row.settings, createdAt: row.createdAt.toISOString() }
}

export async function listMunicipalities(db: Db): Promise<Municipality[]> {
  return (await db.select().from(municipalitiesTable).orderBy(municipalitiesTable.name)).map(toMunicipality)
}

export async function createMunicipality(db: Db, input: MunicipalityInput, now: Date): Promise<Municipality> {
  const [row] = await db.insert(municipalitiesTable).values({ id: newId('mun'), ...input, createdAt: now }).returning()
  return toMunicipality(row!)
}

export async function updateMunicipality(db: Db, id: string, input: MunicipalityInput): Promise<Municipality | undefined> {
  const [row] = await db.update(municipalitiesTable).set(input).where(eq(municipalitiesTable.id, id)).returning()
  return row && toMunicipality(row)
}
