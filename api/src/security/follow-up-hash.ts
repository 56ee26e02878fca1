import { createHmac, timingSafeEqual } from 'node:crypto'
import { deriveSecret } from './cipher.js'

const SCHEME = 'hmac-sha256'

/**
 * Stores follow-up codes as a keyed hash. The code is random with about 79 bits of entropy, so no
 * password-style stretching is needed: 2^79 guesses are out of reach even offline. The key is derived
 * from the master key and never stored, so a copy of the database alone cannot test a single guess.
 * (A stretched hash such as scrypt would cost milliseconds of CPU per intake and per follow-up for no gain.)
 */
export function createFollowUpHasher(masterKey: Buffer, pinnedSecret?: Buffer) {
  const key = pinnedSecret ?? followUpSecret(masterKey)
  const digest = (code: string) => createHmac('sha256', key).update(code).digest()
  return {
    hash(code: string): string {
      return `${SCHEME}$${digest(code).toString('base64url')}`
    },
    /** Constant time; an unknown reference costs the same as a wrong code. */
    verify(code: string, stored: string | undefined): boolean {
      const [scheme, text] = (stored ?? '').split('$')
      const expected = scheme === SCHEME && text ? Buffer.from(text, 'base64url') : Buffer.alloc(32)
      const actual = digest(code)
      return actual.length === expected.length && timingSafeEqual(actual, expected) && stored !== undefined
    },
  }
}
/** The HMAC key of follow-up codes under a master key; after a rotation the first key's stays in use (hash-secrets.ts). */
export const followUpSecret = (masterKey: Buffer) => Buffer.from(deriveSecret(masterKey, 'follow-up-code'), 'hex')

export type FollowUpHasher = ReturnType<typeof createFollowUpHasher>
