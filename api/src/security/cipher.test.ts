import { createCipheriv, hkdfSync, randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createCipher } from './cipher.js'
import { keyId } from './key-id.js'
import { fixedKeyRing } from './key-ring.js'

/** A ciphertext as Klankbord wrote it before key ids existed: `v1.<iv>.<body>`. */
function legacyCiphertext(masterKey: Buffer, plaintext: string, context: string): string {
  const key = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'klankbord/field-encryption/v1', 32))
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  cipher.setAAD(Buffer.from(context))
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()])
  return `v1.${iv.toString('base64url')}.${body.toString('base64url')}`
}

describe('field encryption with key ids', () => {
  const oldKey = randomBytes(32)
  const newKey = randomBytes(32)

  it('names the current key in every ciphertext and opens it with that key only', () => {
    const ciphertext = createCipher(oldKey).encrypt('Jan de Vries, 06-12345678', 'concern:c1:contact')
    expect(ciphertext.startsWith(`v2.${keyId(oldKey)}.`)).toBe(true)
    expect(createCipher(fixedKeyRing(newKey, [oldKey])).decrypt(ciphertext, 'concern:c1:contact')).toBe('Jan de Vries, 06-12345678')
    expect(() => createCipher(newKey).decrypt(ciphertext, 'concern:c1:contact')).toThrow(/not loaded/)
    expect(() => createCipher(oldKey).decrypt(ciphertext, 'concern:c2:contact')).toThrow()
  })

  it('reads data from before key ids with whichever loaded key made it', () => {
    const legacy = legacyCiphertext(oldKey, 'tekst van de inwoner', 'concern:c1:description')
    expect(createCipher(oldKey).decrypt(legacy, 'concern:c1:description')).toBe('tekst van de inwoner')
    const duringRotation = createCipher(fixedKeyRing(newKey, [oldKey]))
    expect(duringRotation.decrypt(legacy, 'concern:c1:description')).toBe('tekst van de inwoner')
    expect(duringRotation.isCurrent(legacy)).toBe(false)
    expect(() => createCipher(newKey).decrypt(legacy, 'concern:c1:description')).toThrow()
  })

  it('tells a rotation which ciphertexts are already under the current key', () => {
    const ring = fixedKeyRing(newKey, [oldKey])
    expect(createCipher(ring).isCurrent(createCipher(newKey).encrypt('x', 'c'))).toBe(true)
    expect(createCipher(ring).isCurrent(createCipher(oldKey).encrypt('x', 'c'))).toBe(false)
  })
})
