import type * as z from 'zod/mini'
import type { OPERATION_PATHS, OperationId, Route } from '../api-path.js'
import type { ProblemKind } from '../problem.js'
import type { Role } from '../vocabulary.js'

/**
 * Who may call an operation: anyone (`public`), a command on the server's own machine with the bearer token from the
 * data directory's lock file (`control-token`), or a signed-in user with one of these roles.
 */
export type Access = 'public' | 'control-token' | readonly Role[]

export type Tag = 'Meldingen' | 'Widget' | 'Beheer' | 'Inloggen' | 'Inbox' | 'Signalen' | 'Statistiek'

/** One row of the operations table: what the router registers, the guard enforces and the OpenAPI document describes. */
export type Operation = Route & {
  readonly access: Access
  readonly tag: Tag
  readonly summary: string
  readonly description?: string
  /** The path's `{name}` placeholders, one property each. */
  readonly params?: z.ZodMiniObject
  /** The query string; unknown parameters are refused like unknown body fields. */
  readonly query?: z.ZodMiniObject
  /** Request headers the operation reads, besides the CSRF token that every change behind a login needs. */
  readonly headers?: z.ZodMiniObject
  /** The JSON body. */
  readonly body?: z.ZodMiniType
  readonly response: {
    readonly status: 200 | 201 | 204
    /** The JSON body of the answer; `null` when there is none or it is not JSON (see **alsoAs**). */
    readonly schema: z.ZodMiniType | null
    readonly description: string
    /** Other media types the answer comes in (by `Accept` or `format`), besides JSON. */
    readonly alsoAs?: readonly string[]
    /** Response headers by name, with what they hold. */
    readonly headers?: Readonly<Record<string, string>>
  }
  /** Problems the handler itself raises; those of the access, the body and the path follow from the row. */
  readonly problems?: readonly ProblemKind[]
  /** Browsers may call it from partners' registered origins (the widget), or from anywhere. */
  readonly cors?: 'partners' | 'anyone'
  /** Reads or decrypts personal data: the handler writes an audit entry with its processing activity. */
  readonly personalData?: boolean
  /** Polled by the inbox in the background: does not count as activity, so an unattended inbox still times out. */
  readonly passive?: boolean
  /** Open to everyone while the administrator has made the statistics public (or KLANKBORD_PUBLIC_STATISTICS=on at start); otherwise `access` applies. */
  readonly publicWhenStatisticsArePublic?: boolean
}

/** Some rows of the table, by operationId. */
export type OperationRows = { readonly [Id in OperationId]?: Operation & (typeof OPERATION_PATHS)[Id] }
