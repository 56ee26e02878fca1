import type { Locale } from '@klankbord/contract/vocabulary'
import type { DashboardPages } from '@klankbord/dashboard/page'
import type { AuthContext } from './auth/auth-context.js'
import type { RateLimiter } from './http/rate-limit.js'
import type { KeyRing } from './security/key-ring.js'
import type { OriginPseudonym } from './security/origin-pseudonym.js'
import type { PublishedMirror } from './services/statistics/published-mirror.js'
import type { ServiceDeps } from './services/shared/service-context.js'

/** The services' parts and what only HTTP needs. */
export type AppDeps = ServiceDeps & {
  /** Residents' addresses in the audit log, reduced to a keyed hash per day. */
  readonly originPseudonym: OriginPseudonym
  /** The council dashboard's pages, drawn on the server and kept per publication. */
  readonly dashboard: DashboardPages
  /** The published statistics every instance serves, copied from the store to this instance's data directory. */
  readonly published: PublishedMirror
  readonly limits: {
    readonly intake: RateLimiter
    readonly followUp: RateLimiter
    readonly challenge: RateLimiter
    readonly login: RateLimiter
    readonly setup: RateLimiter
  }
  /** The master keys loaded, the current one first: a backup names their ids, a rotation re-encrypts under the current one. */
  readonly keys: KeyRing
  /** Lets local commands (`klankbord concerns list`) reach a running server; stored in the data directory's lock file. */
  readonly controlToken: string
}

/** `locale` is set once a handler knows the resident's language (e.g. from the body), so errors speak it. */
export type AppEnv = { Variables: { requestId: string; locale?: Locale; auth?: AuthContext } }
