import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'

export const LOCK_FILE_NAME = 'klankbord.lock'

export type LockInfo = {
  pid: number
  host: string
  startedAt: string
  /** Set by a running server so local commands can reach it instead of opening the store. */
  controlUrl?: string
  controlToken?: string
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockInfo,
  ) {
    super(
      `The data directory ${dataDir} is in use by process ${holder.pid} on ${holder.host} (since ${holder.startedAt}). ` +
        'The embedded database allows one process at a time; stop that process first, or use PostgreSQL (DATABASE_URL) to run several.',
    )
    this.name = 'DataDirLockedError'
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export function readLock(dataDir: string): LockInfo | undefined {
  try {
    return JSON.parse(readFileSync(join(dataDir, LOCK_FILE_NAME), 'utf8')) as LockInfo
  } catch {
    return undefined
  }
}

/** True when the lock's holder is gone: a crashed process must not block the next start. */
function isStale(lock: LockInfo | undefined): boolean {
  if (!lock || typeof lock.pid !== 'number') return true
  return lock.host === hostname() && !isAlive(lock.pid)
}

/** The lock's holder when it is still running, so a command can reach it instead of opening the store. */
export function activeLock(dataDir: string): LockInfo | undefined {
  const lock = readLock(dataDir)
  return isStale(lock) ? undefined : lock
}

export type DataDirLock = {
  update(extra: Pick<LockInfo, 'controlUrl' | 'controlToken'>): void
  release(): void
}

/**
 * Takes the data directory for this process. PGlite has no lock of its own, and two processes on one
 * directory silently lose committed rows, so a second opener must fail loudly instead.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const file = join(dataDir, LOCK_FILE_NAME)
  const info: LockInfo = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() }
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(file, 'wx', 0o600)
      writeSync(fd, JSON.stringify(info))
      closeSync(fd)
      let released = false
      return {
        update(extra) {
          Object.assign(info, extra)
          const fd = openSync(file, 'w', 0o600)
          writeSync(fd, JSON.stringify(info))
          closeSync(fd)
        },
        release() {
          if (released) return
          released = true
          if (readLock(dataDir)?.pid === process.pid) rmSync(file, { force: true })
        },
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const holder = readLock(dataDir)
      if (!isStale(holder)) throw new DataDirLockedError(dataDir, holder as LockInfo)
      rmSync(file, { force: true })
    }
  }
  throw new Error(`Could not lock ${dataDir}`)
}
