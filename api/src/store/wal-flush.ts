import { closeSync, fsyncSync, openSync, readdirSync, statSync } from 'node:fs'
import { fdatasync as fdatasyncCallback, fsync as fsyncCallback, open as openCallback, close as closeCallback } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'

const open = promisify(openCallback)
const fsync = promisify(fsyncCallback)
const fdatasync = promisify(fdatasyncCallback)
const close = promisify(closeCallback)

/** `data` syncs contents only (fdatasync), as PostgreSQL does for its WAL: a segment's size never changes. */
async function syncPath(path: string, what: 'data' | 'all'): Promise<void> {
  const fd = await open(path, 'r')
  try {
    await (what === 'data' ? fdatasync(fd) : fsync(fd))
  } finally {
    await close(fd)
  }
}

/**
 * PGlite writes its files through Node's fs but never calls fsync, so a commit is only in the page cache.
 * This syncs the write-ahead log segments written since the last flush, and the directory itself
 * (a new segment's directory entry must be durable too). After it returns, the commits are on disk.
 */
export function createWalFlusher(pgDataDir: string): () => Promise<void> {
  const walDir = join(pgDataDir, 'pg_wal')
  let lastFlushMs = 0
  let durableNames = ''
  return async () => {
    const startedMs = Date.now()
    const segments = readdirSync(walDir).filter((name) => /^[0-9A-F]{24}$/.test(name))
    const recent = segments.filter((name) => statSync(join(walDir, name)).mtimeMs >= lastFlushMs - 2000)
    await Promise.all(recent.map((name) => syncPath(join(walDir, name), 'data')))
    // The directory only needs syncing when a segment was created, renamed or removed.
    const names = segments.join(',')
    if (names !== durableNames) {
      await syncPath(walDir, 'all')
      durableNames = names
    }
    lastFlushMs = startedMs
  }
}

/** Syncs every file of the cluster: used at close and after checkpoints, where data pages must be durable too. */
export function syncTree(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) syncTree(path)
    else if (entry.isFile()) {
      const fd = openSync(path, 'r')
      fsyncSync(fd)
      closeSync(fd)
    }
  }
  const fd = openSync(dir, 'r')
  fsyncSync(fd)
  closeSync(fd)
}
