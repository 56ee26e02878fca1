import { randomBytes } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createKeyRing, type KeyRing } from './key-ring.js'

export const KEY_FILE_NAME = 'klankbord.key'
/** A key replaced by `klankbord keys rotate`, kept beside the new one until every field is re-encrypted. */
export const OLD_KEY_FILE_PREFIX = `${KEY_FILE_NAME}.old-`

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

export type KeySource = { secretKey: string | undefined; previousSecretKey: string | undefined; dataDir: string }

/** The previous keys a rotation left in the data directory, newest first. */
export function oldKeyFiles(dataDir: string): string[] {
  let names: string[]
  try {
    names = readdirSync(dataDir)
  } catch {
    return []
  }
  return names.filter((name) => name.startsWith(OLD_KEY_FILE_PREFIX)).sort().reverse().map((name) => join(dataDir, name))
}

/**
 * Every master key this installation has: from the environment (KLANKBORD_SECRET_KEY, and during a rotation
 * KLANKBORD_PREVIOUS_SECRET_KEY), or from the key file and the old key files a rotation keeps beside it. With key
 * files the ring follows a rotation on its own: it reads the files again when klankbord.key changes (checked at most
 * once a second).
 */
export function loadKeyRing(source: KeySource): KeyRing {
  if (source.secretKey) {
    const current = decodeKey(source.secretKey, 'KLANKBORD_SECRET_KEY')
    const previous = source.previousSecretKey ? [decodeKey(source.previousSecretKey, 'KLANKBORD_PREVIOUS_SECRET_KEY')] : []
    return createKeyRing(() => ({ current, previous }))
  }
  const file = join(source.dataDir, KEY_FILE_NAME)
  const load = () => ({
    current: loadSecretKey({ secretKey: undefined, dataDir: source.dataDir }),
    previous: oldKeyFiles(source.dataDir).map((old) => decodeKey(readFileSync(old, 'utf8'), old)),
  })
  let checkedAt = 0
  let seen = statSync(file, { throwIfNoEntry: false })?.mtimeMs
  const changed = () => {
    const now = Date.now()
    if (now - checkedAt < 1000) return false
    checkedAt = now
    const mtime = statSync(file, { throwIfNoEntry: false })?.mtimeMs
    if (mtime === seen) return false
    seen = mtime
    return true
  }
  const ring = createKeyRing(load, changed)
  seen = statSync(file, { throwIfNoEntry: false })?.mtimeMs
  return ring
}
