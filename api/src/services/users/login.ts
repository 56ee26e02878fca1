import type { LoginInput } from '@klankbord/contract'
import type { Role } from '@klankbord/contract/vocabulary'
import { and, eq, isNull, sql } from 'drizzle-orm'
import type { AuthContext } from '../../auth/auth-context.js'
import { recoveryCodesTable, usersTable } from '../../db/schema/index.js'
import type { Cipher } from '../../security/cipher.js'
import { CIPHER_CONTEXTS } from '../../security/cipher-contexts.js'
import { verifyPassword } from '../../security/password.js'
import { looksLikeRecoveryCode, type RecoveryCodeHasher } from '../../security/recovery-codes.js'
import { verifyTotp } from '../../security/totp.js'
import type { Db } from '../../store/types.js'
import { createSession } from './sessions.js'
import { needsTotp, toSignedInUser } from './user-view.js'

/** Consecutive failures after which an account is locked until an administrator unlocks it. */
export const LOCKOUT_AFTER_FAILURES = 5

export type LoginDeps = { db: Db; cipher: Cipher; recoveryCodes: RecoveryCodeHasher; now: () => Date }

export type LoginResult =
  | { ok: true; token: string; auth: AuthContext; usedRecoveryCode: boolean }
  | { ok: false; reason: 'failed' | 'locked'; userId?: string }

async function secondFactorOk(deps: LoginDeps, row: typeof usersTable.$inferSelect, code: string | undefined, nowMs: number): Promise<{ ok: boolean; recovery: boolean }> {
  if (!needsTotp(row.role as Role)) return { ok: true, recovery: false }
  if (!code || !row.totpSecretCipher) return { ok: false, recovery: false }
  if (looksLikeRecoveryCode(code)) {
    const used = await deps.db
      .update(recoveryCodesTable)
      .set({ usedAt: new Date(nowMs) })
      .where(and(eq(recoveryCodesTable.userId, row.id), eq(recoveryCodesTable.codeHash, deps.recoveryCodes(code)), isNull(recoveryCodesTable.usedAt)))
      .returning()
    return { ok: used.length === 1, recovery: true }
  }
  const secret = deps.cipher.decrypt(row.totpSecretCipher, CIPHER_CONTEXTS.totp(row.id))
  const step = verifyTotp(secret, code, nowMs, row.totpLastStep)
  if (step === undefined) return { ok: false, recovery: false }
  await deps.db.update(usersTable).set({ totpLastStep: step }).where(eq(usersTable.id, row.id))
  return { ok: true, recovery: false }
}

/**
 * Password, then the second factor. Every failure counts towards the lockout; a locked or unknown account
 * gets no hint beyond "locked" (which the administrator must lift). The session is always new.
 */
export async function login(deps: LoginDeps, input: LoginInput): Promise<LoginResult> {
  const now = deps.now()
  const [row] = await deps.db.select().from(usersTable).where(eq(usersTable.email, input.email.toLowerCase())).limit(1)
  const usable = row && row.activatedAt && !row.disabledAt
  const passwordOk = await verifyPassword(usable ? row.passwordHash : undefined, input.password)
  if (!row || !usable) return { ok: false, reason: 'failed' }
  if (row.lockedAt) return { ok: false, reason: 'locked', userId: row.id }
  const second = passwordOk ? await secondFactorOk(deps, row, input.code, now.getTime()) : { ok: false, recovery: false }
  if (!passwordOk || !second.ok) {
    const [updated] = await deps.db
      .update(usersTable)
      .set({ failedLogins: sql`${usersTable.failedLogins} + 1`, lockedAt: sql`case when ${usersTable.failedLogins} + 1 >= ${LOCKOUT_AFTER_FAILURES} then ${now.toISOString()}::timestamptz else null end` })
      .where(eq(usersTable.id, row.id))
      .returning({ lockedAt: usersTable.lockedAt })
    return { ok: false, reason: updated?.lockedAt ? 'locked' : 'failed', userId: row.id }
  }
  if (row.failedLogins > 0) await deps.db.update(usersTable).set({ failedLogins: 0 }).where(eq(usersTable.id, row.id))
  const { token, session } = await createSession(deps.db, row.id, now)
  return { ok: true, token, auth: { user: toSignedInUser(row), session }, usedRecoveryCode: second.recovery }
}

/** An administrator lifts a lockout. */
export async function unlockUser(db: Db, userId: string): Promise<boolean> {
  const rows = await db.update(usersTable).set({ failedLogins: 0, lockedAt: null }).where(eq(usersTable.id, userId)).returning({ id: usersTable.id })
  return rows.length === 1
}
