import type { Role } from '@klankbord/contract/vocabulary'

export type SignedInUser = {
  readonly id: string
  readonly email: string
  readonly name: string
  readonly role: Role
  readonly municipalityIds: readonly string[]
}

export type SessionState = {
  readonly idHash: string
  readonly csrfToken: string
  readonly createdAt: Date
  readonly lastSeenAt: Date
  readonly absoluteExpiresAt: Date
}

/** Set by the session middleware when a valid session cookie came with the request. */
export type AuthContext = { readonly user: SignedInUser; readonly session: SessionState }
