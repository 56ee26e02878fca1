import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { drizzle } from 'drizzle-orm/pglite'
import * as schema from '../db/schema/index.js'
import { lockDataDir, type DataDirLock } from './data-dir-lock.js'
import { makePrivate, restrictNewFiles } from './private-files.js'
import type { Db, Store } from './types.js'
import { createWalFlusher, syncTree } from './wal-flush.js'

export type PgliteStore = Store & { readonly lock: DataDirLock | undefined; readonly client: PGlite }

/** The embedded store in `dataDir/pgdata`, locked to this process and flushed to disk on demand. */
export async function openPgliteStore(options: { dataDir: string; durableFlush?: boolean }): Promise<PgliteStore> {
  restrictNewFiles()
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 })
  // Closed before PGlite writes anything, so nobody else can open a file in it even for a moment.
  makePrivate(options.dataDir)
  const lock = lockDataDir(options.dataDir)
  try {
    const pgData = join(options.dataDir, 'pgdata')
    const client = new PGlite(pgData)
    await client.waitReady
    // A new cluster's files are chmod-ed 0666 by PGlite's unpacking, past any umask; files made later follow it.
    makePrivate(pgData)
    const flushWal = options.durableFlush === false ? async () => {} : createWalFlusher(pgData)
    return {
      kind: 'pglite',
      client,
      lock,
      db: drizzle({ client, schema }) as unknown as Db,
      flush: flushWal,
      exclusively: (_lockName, work) => work(),
      async close() {
        await client.close()
        syncTree(pgData)
        lock.release()
      },
    }
  } catch (error) {
    lock.release()
    throw error
  }
}

/** An in-memory store, optionally cloned from a dumped data directory (tests use this to skip initdb). */
export async function openMemoryStore(loadDataDir?: Blob): Promise<PgliteStore> {
  const client = new PGlite(loadDataDir ? { loadDataDir } : {})
  await client.waitReady
  return {
    kind: 'pglite',
    client,
    lock: undefined,
    db: drizzle({ client, schema }) as unknown as Db,
    flush: async () => {},
    exclusively: (_lockName, work) => work(),
    close: () => client.close(),
  }
}
