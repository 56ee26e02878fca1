import type { SetupFinishInput, SetupStart } from '@klankbord/contract'
import { INBOX_LIMITS, type Role } from '@klankbord/contract/vocabulary'
import { and, eq, gt } from 'drizzle-orm'
import { recoveryCodesTable, usersTable } from '../../db/schema/index.js'
import { CIPHER_CONTEXTS } from '../../security/cipher-contexts.js'
import { hashPassword, passwordWeakness } from '../../security/password.js'
import { newRecoveryCodes } from '../../security/recovery-codes.js'
import { hashToken } from '../../security/tokens.js'
import { newTotpSecret, totpUri, verifyTotp } from '../../security/totp.js'
import type { ServiceContext } from '../shared/service-context.js'
import { auditAccount } from './audit-account.js'
import { SetupCodeWrongError, SetupLinkInvalidError, WeakPasswordError } from './errors.js'
import { deleteUserSessions } from './sessions.js'
import { needsTotp } from './user-view.js'

async function userForToken(context: ServiceContext, token: string) {
  const [row] = await context.store.db
    .select()
    .from(usersTable)
    .where(and(eq(usersTable.setupTokenHash, hashToken(token)), gt(usersTable.setupExpiresAt, context.now())))
    .limit(1)
  if (!row || row.disabledAt) throw new SetupLinkInvalidError()
  return row
}

/** Opens a setup link: who it is for and, when two-factor is required, a new authenticator secret to enrol. */
export async function startSetup(context: ServiceContext, token: string): Promise<SetupStart> {
  const { cipher } = context
  const row = await userForToken(context, token)
  const role = row.role as Role
  const base = { email: row.email, role, totpRequired: needsTotp(role), passwordMin: INBOX_LIMITS.passwordMin }
  if (!needsTotp(role)) return base
  // Opening the link again shows the same secret, so a reload does not invalidate an app that already scanned it.
  let secret = row.totpPendingCipher ? cipher.decrypt(row.totpPendingCipher, CIPHER_CONTEXTS.totp(row.id)) : undefined
  if (!secret) {
    secret = newTotpSecret()
    await context.store.db.update(usersTable).set({ totpPendingCipher: cipher.encrypt(secret, CIPHER_CONTEXTS.totp(row.id)) }).where(eq(usersTable.id, row.id))
  }
  return { ...base, totpSecret: secret, totpUri: totpUri(secret, row.email) }
}

/** Sets the password and confirms the authenticator with its first code; returns recovery codes, shown once. */
export async function finishSetup(context: ServiceContext, input: SetupFinishInput): Promise<{ userId: string; recoveryCodes: string[] }> {
  const row = await userForToken(context, input.token)
  const weakness = passwordWeakness(input.password, row.email)
  if (weakness) throw new WeakPasswordError(weakness)
  const now = context.now()
  let totpFields = {}
  let recoveryCodes: string[] = []
  if (needsTotp(row.role as Role)) {
    const secret = row.totpPendingCipher ? context.cipher.decrypt(row.totpPendingCipher, CIPHER_CONTEXTS.totp(row.id)) : undefined
    const step = secret && input.code ? verifyTotp(secret, input.code, now.getTime(), null) : undefined
    if (!secret || step === undefined) throw new SetupCodeWrongError()
    totpFields = { totpSecretCipher: row.totpPendingCipher, totpPendingCipher: null, totpLastStep: step }
    recoveryCodes = newRecoveryCodes()
  }
  const passwordHash = await hashPassword(input.password)
  await context.store.db.transaction(async (tx) => {
    // The link is spent in the statement that uses it: of several finishes sent at once, one finds it still open.
    const spent = await tx
      .update(usersTable)
      .set({ passwordHash, ...totpFields, setupTokenHash: null, setupExpiresAt: null, activatedAt: now, failedLogins: 0, lockedAt: null })
      .where(and(eq(usersTable.id, row.id), eq(usersTable.setupTokenHash, hashToken(input.token)), gt(usersTable.setupExpiresAt, now)))
      .returning({ id: usersTable.id })
    if (spent.length !== 1) throw new SetupLinkInvalidError()
    await tx.delete(recoveryCodesTable).where(eq(recoveryCodesTable.userId, row.id))
    if (recoveryCodes.length) await tx.insert(recoveryCodesTable).values(recoveryCodes.map((code) => ({ userId: row.id, codeHash: context.recoveryCodes(code) })))
  })
  await deleteUserSessions(context, row.id)
  await auditAccount(context, 'user.setup', row.id, { actor: { id: row.id, role: 'system' } })
  return { userId: row.id, recoveryCodes }
}

