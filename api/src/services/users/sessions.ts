import { SESSION_ABSOLUTE_HOURS, SESSION_IDLE_MINUTES } from '@klankbord/contract/vocabulary'
import { and, eq, isNull } from 'drizzle-orm'
import type { AuthContext } from '../../auth/auth-context.js'
import { sessionsTable, usersTable } from '../../db/schema/index.js'
import { hashToken, newToken } from '../../security/tokens.js'
import type { ServiceContext, StaffContext, StoreContext } from '../shared/service-context.js'
import { auditAccount } from './audit-account.js'
import { toSignedInUser } from './user-view.js'

export const IDLE_MS = SESSION_IDLE_MINUTES * 60_000
export const ABSOLUTE_MS = SESSION_ABSOLUTE_HOURS * 3_600_000
/** Writing last_seen_at on every request would turn each read into a write; a minute of slack is harmless. */
const TOUCH_AFTER_MS = 60_000

/** Starts a fresh session (a new id at every login, so an id planted before login is worthless). Returns the cookie value. */
export async function createSession(context: StoreContext, userId: string): Promise<{ token: string; session: AuthContext['session'] }> {
  const now = context.now()
  const token = newToken()
  const session = { idHash: hashToken(token), csrfToken: newToken(), createdAt: now, lastSeenAt: now, absoluteExpiresAt: new Date(now.getTime() + ABSOLUTE_MS) }
  await context.store.db.insert(sessionsTable).values({ ...session, userId })
  return { token, session }
}

/**
 * The session and its user, if the token is valid and neither timeout has passed; expired sessions are removed.
 * `touch: false` for background polling, which must not keep an unattended session alive.
 */
export async function findSession(context: Pick<ServiceContext, 'store' | 'now'>, token: string, options: { touch: boolean } = { touch: true }): Promise<AuthContext | undefined> {
  const { db } = context.store
  const now = context.now()
  const idHash = hashToken(token)
  const [row] = await db
    .select({ session: sessionsTable, user: usersTable })
    .from(sessionsTable)
    .innerJoin(usersTable, eq(usersTable.id, sessionsTable.userId))
    .where(and(eq(sessionsTable.idHash, idHash), isNull(usersTable.disabledAt)))
    .limit(1)
  if (!row) return undefined
  const { session, user } = row
  if (now.getTime() - session.lastSeenAt.getTime() > IDLE_MS || now >= session.absoluteExpiresAt) {
    await db.delete(sessionsTable).where(eq(sessionsTable.idHash, idHash))
    return undefined
  }
  let lastSeenAt = session.lastSeenAt
  if (options.touch && now.getTime() - lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    lastSeenAt = now
    await db.update(sessionsTable).set({ lastSeenAt }).where(eq(sessionsTable.idHash, idHash))
  }
  return { user: toSignedInUser(user), session: { ...session, lastSeenAt } }
}

export async function deleteSession(context: StoreContext, idHash: string): Promise<void> {
  await context.store.db.delete(sessionsTable).where(eq(sessionsTable.idHash, idHash))
}

export async function deleteUserSessions(context: StoreContext, userId: string): Promise<void> {
  await context.store.db.delete(sessionsTable).where(eq(sessionsTable.userId, userId))
}

/** The signed-in user ends every session of theirs, on every device. */
export async function logoutEverywhere(context: StaffContext): Promise<void> {
  await deleteUserSessions(context, context.user.id)
  await auditAccount(context, 'user.logout-everywhere', context.user.id)
}
