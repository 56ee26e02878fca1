import type { SeedSetting } from '@klankbord/fixtures'
import { inArray } from 'drizzle-orm'
import { municipalitiesTable, partnersTable, usersTable } from '../../db/schema/index.js'
import { newId } from '../../security/codes.js'
import type { Db } from '../../store/types.js'

/** The store's ids for the seed's keys, and how many of each were made now rather than found. */
export type SeedIds = {
  municipalities: Map<string, string>
  partners: Map<string, string>
  users: Map<string, string>
  created: { municipalities: number; partners: number; users: number }
}

/**
 * Finds or makes the seed's municipalities (by name), partner sites (by key) and confidant accounts (by
 * e-mail), so seeding works on an empty store, on one started with --demo and when run a second time.
 * Confidant accounts get no password and no setup link: nobody can sign in with them.
 */
export async function ensureSeedSetting(db: Db, setting: SeedSetting, createdAt: Date): Promise<SeedIds> {
  return db.transaction(async (tx) => {
    const names = setting.municipalities.map((m) => m.name)
    const existing = await tx.select({ id: municipalitiesTable.id, name: municipalitiesTable.name }).from(municipalitiesTable).where(inArray(municipalitiesTable.name, names))
    const byName = new Map(existing.map((m) => [m.name, m.id]))
    const municipalities = new Map<string, string>()
    const newMunicipalities: (typeof municipalitiesTable.$inferInsert)[] = []
    for (const m of setting.municipalities) {
      const id = byName.get(m.name) ?? newId('mun')
      if (!byName.has(m.name)) newMunicipalities.push({ id, name: m.name, retentionMonths: m.retentionMonths, settings: m.settings, createdAt })
      municipalities.set(m.key, id)
    }
    if (newMunicipalities.length) await tx.insert(municipalitiesTable).values(newMunicipalities)

    const keys = setting.partners.map((p) => p.key)
    const existingPartners = new Map(
      (await tx.select({ id: partnersTable.id, key: partnersTable.key }).from(partnersTable).where(inArray(partnersTable.key, keys))).map((p) => [p.key, p.id]),
    )
    const partners = new Map<string, string>()
    const newPartners: (typeof partnersTable.$inferInsert)[] = []
    for (const p of setting.partners) {
      const id = existingPartners.get(p.key) ?? newId('par')
      if (!existingPartners.has(p.key))
        newPartners.push({ id, municipalityId: municipalities.get(p.municipality)!, name: p.name, kind: p.kind, key: p.key, allowedOrigins: p.allowedOrigins, createdAt })
      partners.set(p.key, id)
    }
    if (newPartners.length) await tx.insert(partnersTable).values(newPartners)

    const emails = setting.confidants.map((c) => c.email)
    const existingUsers = new Map(
      (await tx.select({ id: usersTable.id, email: usersTable.email }).from(usersTable).where(inArray(usersTable.email, emails))).map((u) => [u.email, u.id]),
    )
    const users = new Map<string, string>()
    const newUsers: (typeof usersTable.$inferInsert)[] = []
    for (const c of setting.confidants) {
      const id = existingUsers.get(c.email) ?? newId('usr')
      if (!existingUsers.has(c.email))
        newUsers.push({ id, email: c.email, name: c.name, role: 'confidant', municipalityIds: c.municipalities.map((key) => municipalities.get(key)!), createdAt })
      users.set(c.key, id)
    }
    if (newUsers.length) await tx.insert(usersTable).values(newUsers)
    return { municipalities, partners, users, created: { municipalities: newMunicipalities.length, partners: newPartners.length, users: newUsers.length } }
  })
}
