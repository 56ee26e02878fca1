import { SESSION_ABSOLUTE_HOURS, SESSION_IDLE_MINUTES } from '@klankbord/contract/vocabulary'
import { and, eq, isNull } from 'drizzle-orm'
import type { AuthContext } from '../../auth/auth-context.js'
import { sessionsTable, usersTable } from '../../db/schema/index.js'
import { hashToken, newToken } from '../../security/tokens.js'
import type { Db } from '../../store/types.js'
import { toSignedInUser } from './user-view.js'

export const IDLE_MS = SESSION_IDLE_MINUTES * 60_000
export const ABSOLUTE_MS = SESSION_ABSOLUTE_HOURS * 3_600_000
/** Writing last_seen_at on every request would turn each read into a write; a minute of slack is harmless. */
const TOUCH_AFTER_MS = 60_000

/** Starts a fresh session (a new id at every login, so an id planted before login is worthless). Returns the cookie value. */
export async function createSession(db: Db, userId: string, now: Date): Promise<{ token: string; session: AuthContext['session'] }> {
  const token = newToken()
  const session = { idHash: hashToken(token), csrfToken: newToken(), createdAt: now, lastSeenAt: now, absoluteExpiresAt: new Date(now.getTime() + ABSOLUTE_MS) }
  await db.insert(sessionsTable).values({ ...session, userId })
  return { token, session }
}

/**
 * The session and its user, if the token is valid and neither timeout has passed; expired sessions are removed.
 * `touch: false` for background polling, which must not keep an unattended session alive.
 */
export async function findSession(db: Db, token: string, now: Date, options: { touch: boolean } = { touch: true }): Promise<AuthContext | undefined> {
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

export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.delete(sessionsTable).where(eq(sessionsTable.idHash, idHash))
}

export async function deleteUserSessions(db: Db, userId: string): Promise<void> {
  await db.delete(sessionsTable).where(eq(sessionsTable.userId, userId))
}
