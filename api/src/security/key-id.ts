import { hkdfSync } from 'node:crypto'

/**
 * A short public name of a master key (8 hex characters), derived one way so it reveals nothing of the key:
 * ciphertexts carry it to say which key opens them, and a backup names the key it needs.
 */
export function keyId(masterKey: Buffer): string {
  return Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'klankbord/key-id', 4)).toString('hex')
}
