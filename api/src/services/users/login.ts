import type { LoginInput } from '@klankbord/contract'
import type { Role } from '@klankbord/contract/vocabulary'
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm'
import type { AuthContext } from '../../auth/auth-context.js'
import { recoveryCodesTable, usersTable } from '../../db/schema/index.js'
import { CIPHER_CONTEXTS } from '../../security/cipher-contexts.js'
import { verifyPassword } from '../../security/password.js'
import { looksLikeRecoveryCode } from '../../security/recovery-codes.js'
import { verifyTotp } from '../../security/totp.js'
import type { ServiceContext } from '../shared/service-context.js'
import { auditAccount } from './audit-account.js'
import { clearLoginAttempts, loginThrottleKeys, takeLoginAttempt } from './login-throttle.js'
import { createSession } from './sessions.js'
import { needsTotp, toSignedInUser } from './user-view.js'

export type LoginResult =
  | { ok: true; token: string; auth: AuthContext }
  | { ok: false; reason: 'failed' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number }

async function secondFactorOk(context: ServiceContext, row: typeof usersTable.$inferSelect, code: string | undefined, nowMs: number): Promise<{ ok: boolean; recovery: boolean }> {
  if (!needsTotp(row.role as Role)) return { ok: true, recovery: false }
  if (!code || !row.totpSecretCipher) return { ok: false, recovery: false }
  if (looksLikeRecoveryCode(code)) {
    const used = await context.store.db
      .update(recoveryCodesTable)
      .set({ usedAt: new Date(nowMs) })
      .where(and(eq(recoveryCodesTable.userId, row.id), eq(recoveryCodesTable.codeHash, context.recoveryCodes(code)), isNull(recoveryCodesTable.usedAt)))
      .returning()
    return { ok: used.length === 1, recovery: true }
  }
  const secret = context.cipher.decrypt(row.totpSecretCipher, CIPHER_CONTEXTS.totp(row.id))
  const step = verifyTotp(secret, code, nowMs, row.totpLastStep)
  if (step === undefined) return { ok: false, recovery: false }
  // A code is spent in the statement that records it: of several logins sending it at once, one moves the step on.
  const spent = await context.store.db
    .update(usersTable)
    .set({ totpLastStep: step })
    .where(and(eq(usersTable.id, row.id), or(isNull(usersTable.totpLastStep), lt(usersTable.totpLastStep, step))))
    .returning({ id: usersTable.id })
  return { ok: spent.length === 1, recovery: false }
}

/**
 * Password, then the second factor, after the attempt is counted (login-throttle.ts): attempts beyond the free
 * ones wait, per account name and address and per address. Unknown, disabled, locked and existing accounts
 * get the same answer after the same work (a password hash is always checked). The session is always new. The
 * attempts are not counted where rate limits are off (benchmarks, some tests): KLANKBORD_RATE_LIMIT=off.
 */
export async function login(context: ServiceContext, input: LoginInput, address: string): Promise<LoginResult> {
  const { db } = context.store
  const throttle = context.config.rateLimit
  const now = context.now()
  const taken = throttle ? await takeLoginAttempt(db, loginThrottleKeys(input.email, address), now) : { allowed: true as const }
  if (!taken.allowed) return { ok: false, reason: 'throttled', retryAfterSeconds: taken.retryAfterSeconds }
  const [row] = await db.select().from(usersTable).where(eq(usersTable.email, input.email.toLowerCase())).limit(1)
  const usable = row && row.activatedAt && !row.disabledAt && !row.lockedAt
  const passwordOk = await verifyPassword(usable ? row.passwordHash : undefined, input.password)
  if (!row || !usable) return { ok: false, reason: 'failed' }
  const second = passwordOk ? await secondFactorOk(context, row, input.code, now.getTime()) : { ok: false, recovery: false }
  if (!passwordOk || !second.ok) {
    await db.update(usersTable).set({ failedLogins: sql`${usersTable.failedLogins} + 1` }).where(eq(usersTable.id, row.id))
    await auditAccount(context, 'user.login', row.id, { actor: { id: row.id, role: 'system' }, ok: false, startTime: now })
    return { ok: false, reason: 'failed' }
  }
  if (row.failedLogins > 0) await db.update(usersTable).set({ failedLogins: 0 }).where(eq(usersTable.id, row.id))
  if (throttle) await clearLoginAttempts(db, input.email, address)
  const { token, session } = await createSession(context, row.id)
  const user = toSignedInUser(row)
  await auditAccount(context, second.recovery ? 'user.login-recovery-code' : 'user.login', user.id, { actor: { id: user.id, role: user.role }, startTime: now })
  return { ok: true, token, auth: { user, session } }
}
