import { randomBytes } from 'node:crypto'
import { linkSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { keyId } from '../../security/key-id.js'
import { KEY_FILE_NAME, loadSecretKey, OLD_KEY_FILE_PREFIX } from '../../security/secret-key.js'

export type SwappedKey = { oldFile: string; oldKeyId: string; newKeyId: string }

/**
 * Puts a new random key in `klankbord.key` and keeps the one it replaces as `klankbord.key.old-<time>`, both 0600.
 * The old key is linked to its new name before the new key replaces the file, so at every moment both exist on disk.
 */
export function swapKeyFile(dataDir: string, now: Date): SwappedKey {
  const file = join(dataDir, KEY_FILE_NAME)
  const old = loadSecretKey({ secretKey: undefined, dataDir })
  const oldFile = join(dataDir, `${OLD_KEY_FILE_PREFIX}${now.toISOString().replace(/[:.]/g, '-')}`)
  linkSync(file, oldFile)
  const fresh = randomBytes(32)
  const partial = `${file}.new-${process.pid}`
  try {
    writeFileSync(partial, `${fresh.toString('hex')}\n`, { mode: 0o600, flag: 'wx' })
    renameSync(partial, file)
  } finally {
    rmSync(partial, { force: true })
  }
  return { oldFile, oldKeyId: keyId(old), newKeyId: keyId(fresh) }
}
