import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const KEY_FILE_NAME = 'klankbord.key'

function decodeKey(text: string, source: string): Buffer {
  const trimmed = text.trim()
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64')
  if (key.length !== 32) throw new Error(`${source} must hold 32 bytes as 64 hex characters or base64`)
  return key
}

/** The key as configured, or undefined when there is no key file yet; never makes one (a restore must not invent a key). */
export function findSecretKey(options: { secretKey: string | undefined; dataDir: string }): Buffer | undefined {
  if (options.secretKey) return decodeKey(options.secretKey, 'KLANKBORD_SECRET_KEY')
  try {
    return decodeKey(readFileSync(join(options.dataDir, KEY_FILE_NAME), 'utf8'), join(options.dataDir, KEY_FILE_NAME))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

/**
 * The 256-bit master key: from KLANKBORD_SECRET_KEY, else from a key file beside the data,
 * created on first start with mode 0600. Losing it makes every encrypted field unreadable.
 */
export function loadSecretKey(options: { secretKey: string | undefined; dataDir: string }): Buffer {
  if (options.secretKey) return decodeKey(options.secretKey, 'KLANKBORD_SECRET_KEY')
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 })
  const file = join(options.dataDir, KEY_FILE_NAME)
  try {
    const mode = statSync(file).mode & 0o777
    if (mode & 0o077) throw new Error(`${file} is readable by others (mode ${mode.toString(8)}); run chmod 600 on it`)
    return decodeKey(readFileSync(file, 'utf8'), file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  const key = randomBytes(32)
  writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' })
  return key
}
