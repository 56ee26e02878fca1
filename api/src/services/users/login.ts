import type { LoginInput } from '@klankbord/contract'
import type { Role } from '@klankbord/contract/vocabulary'
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm'
import type { AuthContext } from '../../auth/auth-context.js'
import { recoveryCodesTable, usersTable } from '../../db/schema/index.js'
import type { Cipher } from '../../security/cipher.js'
import { CIPHER_CONTEXTS } from '../../security/cipher-contexts.js'
import { verifyPassword } from '../../security/password.js'
import { looksLikeRecoveryCode, type RecoveryCodeHasher } from '../../security/recovery-codes.js'
import { verifyTotp } from '../../security/totp.js'
import type { Db } from '../../store/types.js'
import { clearAccountThrottle, clearLoginAttempts, loginThrottleKeys, takeLoginAttempt } from './login-throttle.js'
import { createSession } from './sessions.js'
import { needsTotp, toSignedInUser } from './user-view.js'

/** `throttle` is off only where rate limits are off (benchmarks, some tests): KLANKBORD_RATE_LIMIT=off. */
export type LoginDeps = { db: Db; cipher: Cipher; recoveryCodes: RecoveryCodeHasher; now: () => Date; throttle: boolean }

export type LoginResult =
  | { ok: true; token: string; auth: AuthContext; usedRecoveryCode: boolean }
  | { ok: false; reason: 'failed'; userId?: string }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number }

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
  // A code is spent in the statement that records it: of several logins sending it at once, one moves the step on.
  const spent = await deps.db
    .update(usersTable)
    .set({ totpLastStep: step })
    .where(and(eq(usersTable.id, row.id), or(isNull(usersTable.totpLastStep), lt(usersTable.totpLastStep, step))))
    .returning({ id: usersTable.id })
  return { ok: spent.length === 1, recovery: false }
}

/**
 * Password, then the second factor, after the attempt is counted (login-throttle.ts): attempts beyond the free
 * ones wait, per account name and address and per address. Unknown, disabled, locked and existing accounts
 * get the same answer after the same work (a password hash is always checked). The session is always new.
 */
export async function login(deps: LoginDeps, input: LoginInput, address: string): Promise<LoginResult> {
  const now = deps.now()
  const taken = deps.throttle ? await takeLoginAttempt(deps.db, loginThrottleKeys(input.email, address), now) : { allowed: true as const }
  if (!taken.allowed) return { ok: false, reason: 'throttled', retryAfterSeconds: taken.retryAfterSeconds }
  const [row] = await deps.db.select().from(usersTable).where(eq(usersTable.email, input.email.toLowerCase())).limit(1)
  const usable = row && row.activatedAt && !row.disabledAt && !row.lockedAt
  const passwordOk = await verifyPassword(usable ? row.passwordHash : undefined, input.password)
  if (!row || !usable) return { ok: false, reason: 'failed' }
  const second = passwordOk ? await secondFactorOk(deps, row, input.code, now.getTime()) : { ok: false, recovery: false }
  if (!passwordOk || !second.ok) {
    await deps.db.update(usersTable).set({ failedLogins: sql`${usersTable.failedLogins} + 1` }).where(eq(usersTable.id, row.id))
    return { ok: false, reason: 'failed', userId: row.id }
  }
  if (row.failedLogins > 0) await deps.db.update(usersTable).set({ failedLogins: 0 }).where(eq(usersTable.id, row.id))
  if (deps.throttle) await clearLoginAttempts(deps.db, input.email, address)
  const { token, session } = await createSession(deps.db, row.id, now)
  return { ok: true, token, auth: { user: toSignedInUser(row), session }, usedRecoveryCode: second.recovery }
}

/** An administrator lifts a lock and the waiting between attempts, from every address. */
export async function unlockUser(db: Db, userId: string): Promise<boolean> {
  const rows = await db.update(usersTable).set({ failedLogins: 0, lockedAt: null }).where(eq(usersTable.id, userId)).returning({ email: usersTable.email })
  if (rows[0]) await clearAccountThrottle(db, rows[0].email)
  return rows.length === 1
}
