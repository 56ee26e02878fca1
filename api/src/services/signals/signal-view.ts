import type { Signal } from '@klankbord/contract'
import type { Domain, SignalStatus } from '@klankbord/contract/vocabulary'
import { and, desc, eq, inArray, type SQL } from 'drizzle-orm'
import { concernsTable, municipalitiesTable, signalsTable, usersTable } from '../../db/schema/index.js'
import type { Db } from '../../store/types.js'
import type { StaffContext } from '../shared/service-context.js'

function selectSignals(db: Db) {
  return db
    .select({ signal: signalsTable, municipalityName: municipalitiesTable.name, reference: concernsTable.reference, authorName: usersTable.name })
    .from(signalsTable)
    .innerJoin(municipalitiesTable, eq(municipalitiesTable.id, signalsTable.municipalityId))
    .leftJoin(concernsTable, eq(concernsTable.id, signalsTable.concernId))
    .leftJoin(usersTable, eq(usersTable.id, signalsTable.createdBy))
}

type Row = Awaited<ReturnType<ReturnType<typeof selectSignals>['where']>>[number]

function toSignal(row: Row): Signal {
  const s = row.signal
  return {
    id: s.id,
    municipality: { id: s.municipalityId, name: row.municipalityName },
    concern: s.concernId && row.reference ? { id: s.concernId, reference: row.reference } : null,
    domain: s.domain as Domain,
    theme: s.theme,
    text: s.text,
    status: s.status as SignalStatus,
    response: s.response,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
    createdBy: s.createdBy && row.authorName ? { id: s.createdBy, name: row.authorName } : null,
  }
}

async function signalsOf(db: Db, municipalityIds: readonly string[], where?: SQL): Promise<Signal[]> {
  const scope = inArray(signalsTable.municipalityId, municipalityIds.length ? [...municipalityIds] : ['\u0000none'])
  const rows = await selectSignals(db)
    .where(where ? and(scope, where) : scope)
    .orderBy(desc(signalsTable.createdAt))
  return rows.map(toSignal)
}

/** The signals of the user's municipalities, newest first. */
export function listSignals(context: StaffContext): Promise<Signal[]> {
  return signalsOf(context.store.db, context.user.municipalityIds)
}

/** One signal, if it belongs to one of the user's municipalities. */
export async function getSignal(context: StaffContext, id: string): Promise<Signal | undefined> {
  const [signal] = await signalsOf(context.store.db, context.user.municipalityIds, eq(signalsTable.id, id))
  return signal
}
