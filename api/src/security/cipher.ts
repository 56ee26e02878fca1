import { createCipheriv, createDecipheriv, hkdfSync } from 'node:crypto'
import { fixedKeyRing, type KeyRing } from './key-ring.js'
import { randomBytesFromPool } from './random-pool.js'

/** `v2.<key id>.<iv>.<body>`; `v1.<iv>.<body>` (no key id) was written before key rotation existed. */
const VERSION = 'v2'
const LEGACY_VERSION = 'v1'

export type Cipher = {
  /** Encrypts text under the current key; `context` (e.g. `concern:<id>:description`) is bound as associated data so ciphertexts cannot be swapped between rows. */
  encrypt(plaintext: string, context: string): string
  decrypt(ciphertext: string, context: string): string
  /** True when the ciphertext is under the current key, so a rotation can leave it alone. */
  isCurrent(ciphertext: string): boolean
}

const fieldKey = (masterKey: Buffer) => Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'klankbord/field-encryption/v1', 32))

function open(key: Buffer, ivText: string, bodyText: string, context: string): string {
  const body = Buffer.from(bodyText, 'base64url')
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(ivText, 'base64url'))
  decipher.setAAD(Buffer.from(context))
  decipher.setAuthTag(body.subarray(body.length - 16))
  return Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]).toString('utf8')
}

/**
 * AES-256-GCM with a fresh 96-bit nonce per value, under a key derived from the master key for this purpose only.
 * Each ciphertext names its master key by id; a ciphertext without one is tried with every key loaded (GCM's tag
 * tells the right one), which keeps data from before key ids readable during and after a rotation.
 */
export function createCipher(keys: Buffer | KeyRing): Cipher {
  const ring = Buffer.isBuffer(keys) ? fixedKeyRing(keys) : keys
  const derived = new Map<string, Buffer>()
  const fieldKeyOf = (id: string, master: Buffer) => {
    let key = derived.get(id)
    if (!key) derived.set(id, (key = fieldKey(master)))
    return key
  }
  return {
    encrypt(plaintext, context) {
      const { id, key: master } = ring.current()
      const iv = randomBytesFromPool(12)
      const cipher = createCipheriv('aes-256-gcm', fieldKeyOf(id, master), iv)
      cipher.setAAD(Buffer.from(context))
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()])
      return `${VERSION}.${id}.${iv.toString('base64url')}.${body.toString('base64url')}`
    },
    decrypt(ciphertext, context) {
      const parts = ciphertext.split('.')
      if (parts[0] === VERSION && parts.length === 4) {
        const master = ring.find(parts[1]!)
        if (!master) throw new Error(`Ciphertext under key ${parts[1]}, which is not loaded`)
        return open(fieldKeyOf(parts[1]!, master), parts[2]!, parts[3]!, context)
      }
      if (parts[0] !== LEGACY_VERSION || parts.length !== 3) throw new Error('Unknown ciphertext format')
      let failure: unknown
      for (const { id, key } of ring.all()) {
        try {
          return open(fieldKeyOf(id, key), parts[1]!, parts[2]!, context)
        } catch (error) {
          failure = error
        }
      }
      throw failure
    },
    isCurrent(ciphertext) {
      return ciphertext.startsWith(`${VERSION}.${ring.current().id}.`)
    },
  }
}

/** A secret for another purpose (HMAC for challenges, tokens), derived so one master key serves all. */
export function deriveSecret(masterKey: Buffer, purpose: string): string {
  return Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), `klankbord/${purpose}`, 32)).toString('hex')
}
