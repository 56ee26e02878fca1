import type { UserInput } from '@klankbord/contract'
import { eq } from 'drizzle-orm'
import { usersTable } from '../../db/schema/index.js'
import { newId } from '../../security/codes.js'
import { hashToken, newToken } from '../../security/tokens.js'
import { isUniqueViolation } from '../../store/unique-violation.js'
import type { StoreContext } from '../shared/service-context.js'
import { auditAccount } from './audit-account.js'
import { EmailTakenError } from './errors.js'
import { deleteUserSessions } from './sessions.js'

export const SETUP_LINK_DAYS = 7

/** The one-time link's path: the token sits in the fragment, which browsers never send, so it stays out of every log. */
export function setupUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/inbox/#/setup/${token}`
}

function setupFields(now: Date) {
  const token = newToken()
  return { token, fields: { setupTokenHash: hashToken(token), setupExpiresAt: new Date(now.getTime() + SETUP_LINK_DAYS * 86_400_000) } }
}

/** Creates an account without a password; the returned token makes the one-time setup link. */
export async function createUser(context: StoreContext, input: UserInput) {
  const now = context.now()
  const { token, fields } = setupFields(now)
  try {
    const [row] = await context.store.db
      .insert(usersTable)
      .values({ id: newId('usr'), email: input.email.toLowerCase(), name: input.name, role: input.role, municipalityIds: input.municipalityIds, createdAt: now, ...fields })
      .returning()
    return { row: row!, token }
  } catch (error) {
    if (isUniqueViolation(error, 'users_email_unique')) throw new EmailTakenError()
    throw error
  }
}

/** Starts over: password, authenticator and recovery codes must be set again, and every session ends. */
export async function resetUser(context: StoreContext, userId: string) {
  const { token, fields } = setupFields(context.now())
  const [row] = await context.store.db
    .update(usersTable)
    .set({ ...fields, passwordHash: null, totpSecretCipher: null, totpPendingCipher: null, totpLastStep: null, activatedAt: null, failedLogins: 0, lockedAt: null })
    .where(eq(usersTable.id, userId))
    .returning()
  if (!row) return undefined
  await deleteUserSessions(context, userId)
  await auditAccount(context, 'user.reset', row.id)
  return { row, token }
}
