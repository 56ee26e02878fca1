import type { SignedInUser } from '../../auth/auth-context.js'
import type { Config } from '../../config.js'
import type { Log } from '../../log.js'
import type { Cipher } from '../../security/cipher.js'
import type { FollowUpHasher } from '../../security/follow-up-hash.js'
import type { RecoveryCodeHasher } from '../../security/recovery-codes.js'
import type { Store } from '../../store/types.js'
import type { IntakeQueue } from '../intake/intake-queue.js'
import type { ProofOfWork } from '../intake/proof-of-work.js'
import type { Mailer } from '../mail/mailer.js'
import type { PartnerCache } from '../partners/partner-cache.js'
import type { Publication } from '../settings/publication.js'

/** The parts of the app that services use, made once at start (build-deps.ts). */
export type ServiceDeps = {
  readonly store: Store
  readonly config: Config
  readonly log: Log
  readonly cipher: Cipher
  readonly followUp: FollowUpHasher
  readonly recoveryCodes: RecoveryCodeHasher
  readonly now: () => Date
  readonly pow: ProofOfWork
  readonly partners: PartnerCache
  readonly queue: IntakeQueue
  /** The administrator's switch that opens the dashboard, statistics and report to everyone. */
  readonly publication: Publication
  /** Undefined when no SMTP server is configured: residents then get no e-mail notification, and the inbox says so. */
  readonly mailer: Mailer | undefined
}

/** Where a request came from, for the audit log: the (reduced) address and the request id of the access log; empty for the CLI and jobs. */
export type RequestTrace = { readonly origin?: string; readonly traceId?: string }

/** What every service function takes first: the app's parts, where the request came from and, once signed in, who sent it. */
export type ServiceContext = ServiceDeps & { readonly trace: RequestTrace; readonly user?: SignedInUser }

/** The context of a signed-in user's request (the inbox, administration). */
export type StaffContext = ServiceContext & { readonly user: SignedInUser }

/** The part of a context a command or a nightly job has too: the store and a clock, without keys, queue or caches. */
export type StoreContext = Pick<ServiceContext, 'store' | 'now' | 'trace' | 'user'>

/** The context of the app's own work (local commands through the server, tests): no request to trace and no user. */
export function systemContext(deps: ServiceDeps): ServiceContext {
  return { ...deps, trace: {} }
}
