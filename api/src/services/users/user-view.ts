import type { SessionInfo, User } from '@klankbord/contract'
import type { Role } from '@klankbord/contract/vocabulary'
import type { AuthContext, SignedInUser } from '../../auth/auth-context.js'
import { inArray } from 'drizzle-orm'
import { municipalitiesTable, type usersTable } from '../../db/schema/index.js'
import type { StoreContext } from '../shared/service-context.js'
import { IDLE_MS } from './sessions.js'

type UserRow = typeof usersTable.$inferSelect

export function toSignedInUser(row: UserRow): SignedInUser {
  return { id: row.id, email: row.email, name: row.name, role: row.role as Role, municipalityIds: row.municipalityIds }
}

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    municipalityIds: row.municipalityIds,
    active: row.activatedAt !== null,
    disabled: row.disabledAt !== null,
    locked: row.lockedAt !== null,
    createdAt: row.createdAt.toISOString(),
  }
}

/** What the inbox needs to know about the signed-in user, with the names of their municipalities. */
export async function sessionInfo(context: StoreContext, auth: AuthContext): Promise<SessionInfo> {
  const ids = [...auth.user.municipalityIds]
  const municipalities = ids.length ? await context.store.db.select({ id: municipalitiesTable.id, name: municipalitiesTable.name }).from(municipalitiesTable).where(inArray(municipalitiesTable.id, ids)) : []
  return {
    user: { ...auth.user, municipalityIds: ids },
    municipalities,
    csrfToken: auth.session.csrfToken,
    idleExpiresAt: new Date(auth.session.lastSeenAt.getTime() + IDLE_MS).toISOString(),
    absoluteExpiresAt: auth.session.absoluteExpiresAt.toISOString(),
  }
}

/** Two-factor authentication is required for everyone who can see case data or change settings. */
export function needsTotp(role: Role): boolean {
  return role !== 'council'
}
