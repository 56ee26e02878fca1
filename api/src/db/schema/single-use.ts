import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core'

/**
 * Proof-of-work solutions that stored a concern. Written in the same statement as the concern, so a solution is
 * spent exactly once across every instance, and not at all when storing fails.
 */
export const spentChallengesTable = pgTable('spent_challenges', {
  signature: text('signature').primaryKey(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
})

/**
 * Login attempts per key (an account name from one address, or one address), counted and refused in one
 * statement (services/users/login-throttle.ts). Keys hold a hash of the e-mail address, never the address itself.
 */
export const loginThrottleTable = pgTable('login_throttle', {
  key: text('key').primaryKey(),
  attempts: integer('attempts').notNull(),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
  blockedUntil: timestamp('blocked_until', { withTimezone: true }),
})
