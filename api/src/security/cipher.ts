import { createCipheriv, createDecipheriv, hkdfSync } from 'node:crypto'
import { randomBytesFromPool } from './random-pool.js'

const VERSION = 'v1'

export type Cipher = {
  /** Encrypts text; `context` (e.g. `concern:<id>:description`) is bound as associated data so ciphertexts cannot be swapped between rows. */
  encrypt(plaintext: string, context: string): string
  decrypt(ciphertext: string, context: string): string
}

/** AES-256-GCM with a fresh 96-bit nonce per value, under a key derived from the master key for this purpose only. */
export function createCipher(masterKey: Buffer): Cipher {
  const key = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'klankbord/field-encryption/v1', 32))
  return {
    encrypt(plaintext, context) {
      const iv = randomBytesFromPool(12)
      const cipher = createCipheriv('aes-256-gcm', key, iv)
      cipher.setAAD(Buffer.from(context))
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()])
      return `${VERSION}.${iv.toString('base64url')}.${body.toString('base64url')}`
    },
    decrypt(ciphertext, context) {
      const [version, ivText, bodyText] = ciphertext.split('.')
      if (version !== VERSION || !ivText || !bodyText) throw new Error('Unknown ciphertext format')
      const body = Buffer.from(bodyText, 'base64url')
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(ivText, 'base64url'))
      decipher.setAAD(Buffer.from(context))
      decipher.setAuthTag(body.subarray(body.length - 16))
      return Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]).toString('utf8')
    },
  }
}

/** A secret for another purpose (HMAC for challenges, tokens), derived so one master key serves all. */
export function deriveSecret(masterKey: Buffer, purpose: string): string {
  return Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), `klankbord/${purpose}`, 32)).toString('hex')
}
