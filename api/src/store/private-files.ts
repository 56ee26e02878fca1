import { chmodSync, lstatSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { isMainThread } from 'node:worker_threads'

/** Only the owner may read what this process creates from now on, whatever umask the shell gave. */
export function restrictNewFiles(): void {
  // A worker thread may not change the umask; the main thread's applies to it as well.
  if (isMainThread) process.umask(0o077)
}

/**
 * Takes every right of group and others off a folder and all below it: a data directory made before (by an
 * administrator's mkdir, or by an older version) keeps its 0755 otherwise. Symbolic links are left alone.
 */
export function makePrivate(dir: string): void {
  const mode = lstatSync(dir).mode
  if ((mode & 0o077) !== 0) chmodSync(dir, mode & 0o700)
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) makePrivate(path)
    else if (entry.isFile()) {
      const fileMode = lstatSync(path).mode
      if ((fileMode & 0o077) !== 0) chmodSync(path, fileMode & 0o700)
    }
  }
}
