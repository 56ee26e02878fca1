import type { PartnerInfo } from '@klankbord/contract'
import type { PartnerKind } from '@klankbord/contract/vocabulary'
import { eq, type SQL } from 'drizzle-orm'
import { municipalitiesTable, partnersTable } from '../../db/schema/index.js'
import type { MunicipalitySettings } from '../../db/schema/index.js'
import type { Db } from '../../store/types.js'

export type PartnerRecord = {
  id: string
  key: string
  name: string
  kind: PartnerKind
  allowedOrigins: string[]
  municipality: { id: string; name: string; settings: MunicipalitySettings }
}

/** The partner with this key (what the widget and the poster know it by), with its municipality. */
export const findPartner = (db: Db, key: string): Promise<PartnerRecord | undefined> => findPartnerWhere(db, eq(partnersTable.key, key))

/** The partner with this id (what the administrator's pages know it by), with its municipality. */
export const findPartnerById = (db: Db, id: string): Promise<PartnerRecord | undefined> => findPartnerWhere(db, eq(partnersTable.id, id))

async function findPartnerWhere(db: Db, where: SQL): Promise<PartnerRecord | undefined> {
  const [row] = await db
    .select({ partner: partnersTable, municipality: municipalitiesTable })
    .from(partnersTable)
    .innerJoin(municipalitiesTable, eq(partnersTable.municipalityId, municipalitiesTable.id))
    .where(where)
    .limit(1)
  if (!row) return undefined
  return {
    id: row.partner.id,
    key: row.partner.key,
    name: row.partner.name,
    kind: row.partner.kind as PartnerKind,
    allowedOrigins: row.partner.allowedOrigins,
    municipality: { id: row.municipality.id, name: row.municipality.name, settings: row.municipality.settings },
  }
}

export function toPartnerInfo(partner: PartnerRecord): PartnerInfo {
  return {
    partner: { name: partner.name, kind: partner.kind },
    municipality: { name: partner.municipality.name, ...partner.municipality.settings },
  }
}
