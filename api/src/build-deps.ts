import { randomBytes } from 'node:crypto'
import { createDashboardPages } from '@klankbord/dashboard/page'
import type { AppDeps } from './app-deps.js'
import type { Config } from './config.js'
import { createRateLimiter, type RateLimit, type RateLimiter } from './http/rate-limit.js'
import { createStoreRateLimiter } from './http/store-rate-limit.js'
import type { Log } from './log.js'
import { createCipher, deriveSecret } from './security/cipher.js'
import { fixedKeyRing, type KeyRing } from './security/key-ring.js'
import type { HashSecrets } from './services/keys/hash-secrets.js'
import { createOriginPseudonym } from './security/origin-pseudonym.js'
import { createFollowUpHasher } from './security/follow-up-hash.js'
import { createRecoveryCodeHasher } from './security/recovery-codes.js'
import { createMailer } from './services/mail/mailer.js'
import { createProofOfWork } from './services/intake/proof-of-work.js'
import { createIntakeQueue } from './services/intake/intake-queue.js'
import { createPartnerCache } from './services/partners/partner-cache.js'
import { createPublication } from './services/settings/publication.js'
import { createPublishedMirror } from './services/statistics/published-mirror.js'
import type { Store } from './store/types.js'

/**
 * Attempts per client address. Intake allows a shared address (a library, a care home) several
 * residents an hour; follow-up is strict because it guards a secret code.
 */
export const RATE_LIMITS = {
  intake: { limit: 20, windowMs: 60 * 60 * 1000 },
  followUp: { limit: 20, windowMs: 15 * 60 * 1000 },
  challenge: { limit: 120, windowMs: 60 * 60 * 1000 },
  /** Per address, on top of the per-account lockout: slows down trying many accounts from one place. */
  login: { limit: 30, windowMs: 15 * 60 * 1000 },
  setup: { limit: 30, windowMs: 15 * 60 * 1000 },
} as const

export function buildDeps(options: {
  store: Store
  config: Config
  log: Log
  masterKey: Buffer
  /** All master keys, when a rotation may be under way (the server's); the current one is `masterKey`. */
  keys?: KeyRing
  /** The code hashes' keys as the store keeps them (hash-secrets.ts); derived from `masterKey` when left out. */
  hashSecrets?: HashSecrets
  now?: () => Date
  rateLimits?: Partial<Record<keyof typeof RATE_LIMITS, RateLimit>>
}): AppDeps {
  const limits = { ...RATE_LIMITS, ...options.rateLimits }
  const now = options.now ?? (() => new Date())
  const published = createPublishedMirror(options.store, options.config.dataDir)
  const rateLimitSecret = deriveSecret(options.masterKey, 'rate-limit')
  // PGlite serves one process, so its counts stay in memory (intake speed); instances on PostgreSQL share theirs in the store.
  const limiter = (name: keyof typeof RATE_LIMITS): RateLimiter =>
    options.store.kind === 'postgres'
      ? createStoreRateLimiter(options.store.db, name, { ...limits[name], secret: rateLimitSecret, now: () => now().getTime() })
      : createRateLimiter(limits[name])
  return {
    store: options.store,
    config: options.config,
    log: options.log,
    cipher: createCipher(options.keys ?? options.masterKey),
    followUp: createFollowUpHasher(options.masterKey, options.hashSecrets?.followUpCode),
    originPseudonym: createOriginPseudonym(deriveSecret(options.masterKey, 'resident-origin')),
    now,
    pow: createProofOfWork({ hmacSecret: deriveSecret(options.masterKey, 'proof-of-work'), difficulty: options.config.powDifficulty }),
    partners: createPartnerCache(options.store.db),
    queue: createIntakeQueue(options.store),
    limits: {
      intake: limiter('intake'),
      followUp: limiter('followUp'),
      challenge: limiter('challenge'),
      login: limiter('login'),
      setup: limiter('setup'),
    },
    recoveryCodes: createRecoveryCodeHasher(options.masterKey, options.hashSecrets?.recoveryCode),
    publication: createPublication(options.store.db, { publicAtStart: options.config.publicStatistics, now }),
    published,
    dashboard: createDashboardPages({ statisticsDir: published.dir, k: options.config.minCell }),
    mailer: createMailer({
      smtpUrl: options.config.smtpUrl,
      from: options.config.mailFrom,
      followUpUrl: options.config.publicUrl && `${options.config.publicUrl.replace(/\/+$/, '')}/volg`,
    }),
    keys: options.keys ?? fixedKeyRing(options.masterKey),
    controlToken: randomBytes(32).toString('base64url'),
  }
}
