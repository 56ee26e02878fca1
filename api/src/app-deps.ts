import type { Locale } from '@klankbord/contract/vocabulary'
import type { DashboardPages } from '@klankbord/dashboard/page'
import type { AuthContext } from './auth/auth-context.js'
import type { Config } from './config.js'
import type { Log } from './log.js'
import type { RateLimiter } from './http/rate-limit.js'
import type { Cipher } from './security/cipher.js'
import type { FollowUpHasher } from './security/follow-up-hash.js'
import type { RecoveryCodeHasher } from './security/recovery-codes.js'
import type { Mailer } from './services/mail/mailer.js'
import type { OriginPseudonym } from './security/origin-pseudonym.js'
import type { ProofOfWork } from './services/intake/proof-of-work.js'
import type { IntakeQueue } from './services/intake/intake-queue.js'
import type { PartnerCache } from './services/partners/partner-cache.js'
import type { Publication } from './services/settings/publication.js'
import type { Store } from './store/types.js'

export type AppDeps = {
  readonly store: Store
  readonly config: Config
  readonly log: Log
  readonly cipher: Cipher
  readonly followUp: FollowUpHasher
  /** Residents' addresses in the audit log, reduced to a keyed hash per day. */
  readonly originPseudonym: OriginPseudonym
  readonly now: () => Date
  readonly pow: ProofOfWork
  readonly partners: PartnerCache
  readonly queue: IntakeQueue
  readonly recoveryCodes: RecoveryCodeHasher
  /** The administrator's switch that opens the dashboard, statistics and report to everyone. */
  readonly publication: Publication
  /** The council dashboard's pages, drawn on the server and kept per publication. */
  readonly dashboard: DashboardPages
  /** Undefined when no SMTP server is configured: residents then get no e-mail notification, and the inbox says so. */
  readonly mailer: Mailer | undefined
  readonly limits: {
    readonly intake: RateLimiter
    readonly followUp: RateLimiter
    readonly challenge: RateLimiter
    readonly login: RateLimiter
    readonly setup: RateLimiter
  }
  /** Lets local commands (`klankbord concerns list`) reach a running server; stored in the data directory's lock file. */
  readonly controlToken: string
}

/** `locale` is set once a handler knows the resident's language (e.g. from the body), so errors speak it. */
export type AppEnv = { Variables: { requestId: string; locale?: Locale; auth?: AuthContext } }
