import { ROLES } from '@klankbord/contract/vocabulary'
import { bigint, check, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core'
import { oneOf } from './check.js'

/** Staff accounts: confidants, administrators and council members. */
export const usersTable = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    /** Stored lower-cased, so logging in does not depend on how the address was typed. */
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    role: text('role').notNull(),
    /** The municipalities whose concerns this user works on; the scope of every case query. */
    municipalityIds: text('municipality_ids').array().notNull().default([]),
    passwordHash: text('password_hash'),
    totpSecretCipher: text('totp_secret_cipher'),
    /** A secret shown during setup, confirmed by the first code. */
    totpPendingCipher: text('totp_pending_cipher'),
    /** The last accepted TOTP time step, so a code cannot be replayed. */
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    setupTokenHash: text('setup_token_hash').unique(),
    setupExpiresAt: timestamp('setup_expires_at', { withTimezone: true }),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    activatedAt: timestamp('activated_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [check('users_role_check', oneOf(table.role, ROLES))],
)

/** One-time recovery codes for when the authenticator app is lost; only their hashes are kept. */
export const recoveryCodesTable = pgTable(
  'recovery_codes',
  {
    userId: text('user_id')
      .notNull()
      .references(() => usersTable.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (table) => [primaryKey({ columns: [table.userId, table.codeHash] })],
)

/** Sessions live in the database so several API instances share them. The id itself is never stored, only its hash. */
export const sessionsTable = pgTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => usersTable.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    absoluteExpiresAt: timestamp('absolute_expires_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
)
