import { count, eq, inArray } from 'drizzle-orm'
import { municipalitiesTable, partnersTable } from '../../db/schema/index.js'
import { newId } from '../../security/codes.js'
import type { Db } from '../../store/types.js'

export const DEMO_PARTNER_KEYS = { municipality: 'demo', careProvider: 'demo-zorg' } as const

/** On an empty store, a fictional municipality and two partner sites whose origins include the server's own. */
export async function ensureDemoData(db: Db, serverOrigins: string[]): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(municipalitiesTable)
  if ((row?.n ?? 0) > 0) {
    await addDemoOrigins(db, serverOrigins)
    return false
  }
  const municipalityId = newId('mun')
  await db.transaction(async (tx) => {
    await tx.insert(municipalitiesTable).values({
      id: municipalityId,
      name: 'Gemeente Voorbeeld',
      settings: {
        confidantName: 'Vertrouwenspersoon sociaal domein Voorbeeld',
        confidantPhone: '0485 - 12 34 56',
        walkInHours: 'Dinsdag 9.00 tot 12.00 uur in het gemeentehuis, donderdag 13.00 tot 16.00 uur in de bibliotheek',
        privacyStatementUrl: 'https://www.example.nl/privacy/klankbord',
        firstContactWorkingDays: 2,
        complaintProcedureUrl: 'https://www.example.nl/klacht-indienen',
      },
    })
    await tx.insert(partnersTable).values([
      { id: newId('par'), municipalityId, name: 'Gemeente Voorbeeld', kind: 'municipality', key: DEMO_PARTNER_KEYS.municipality, allowedOrigins: serverOrigins },
      { id: newId('par'), municipalityId, name: 'Zorggroep De Linde', kind: 'care-provider', key: DEMO_PARTNER_KEYS.careProvider, allowedOrigins: serverOrigins },
    ])
  })
  return true
}

/** A demo started on another port must still be allowed to send from its own pages. */
async function addDemoOrigins(db: Db, serverOrigins: string[]): Promise<void> {
  const partners = await db
    .select({ id: partnersTable.id, allowedOrigins: partnersTable.allowedOrigins })
    .from(partnersTable)
    .where(inArray(partnersTable.key, Object.values(DEMO_PARTNER_KEYS)))
  for (const partner of partners) {
    const origins = [...new Set([...partner.allowedOrigins, ...serverOrigins])]
    if (origins.length !== partner.allowedOrigins.length) await db.update(partnersTable).set({ allowedOrigins: origins }).where(eq(partnersTable.id, partner.id))
  }
}
