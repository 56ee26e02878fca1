import { createHmac } from 'node:crypto'
import { deriveSecret } from './cipher.js'
import { randomBytesFromPool } from './random-pool.js'

const ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz'
const COUNT = 10

/** Ten one-time codes like `k7m2-9xqa-p4` (about 54 bits each). Login attempts are throttled, so that is plenty. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: COUNT }, () => {
    let raw = ''
    while (raw.length < 10) for (const byte of randomBytesFromPool(16)) if (byte < 248 && raw.length < 10) raw += ALPHABET[byte % ALPHABET.length]
    return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`
  })
}

/** Keyed hashes, so a copy of the database alone cannot test guesses. */
export function createRecoveryCodeHasher(masterKey: Buffer, pinnedSecret?: Buffer) {
  const key = pinnedSecret ?? recoveryCodeSecret(masterKey)
  return (code: string) =>
    createHmac('sha256', key)
      .update(code.toLowerCase().replace(/[^0-9a-z]/g, ''))
      .digest('base64url')
}
export const recoveryCodeSecret = (masterKey: Buffer) => Buffer.from(deriveSecret(masterKey, 'recovery-code'), 'hex')

export type RecoveryCodeHasher = ReturnType<typeof createRecoveryCodeHasher>

/** A recovery code as typed, told apart from a 6-digit authenticator code. */
export function looksLikeRecoveryCode(code: string): boolean {
  return code.replace(/[^0-9a-z]/gi, '').length === 10
}
