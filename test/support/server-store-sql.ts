import type { SQL } from 'drizzle-orm'
import { loadConfig } from '../../api/src/config.js'
import { executeRows } from '../../api/src/store/execute-rows.js'
import { openStore } from '../../api/src/store/open-store.js'
import type { ServerStore } from './server-store.js'

/**
 * Runs statements on a server store while no server holds it (PGlite serves one process), the way the next process
 * to start would find it: after a kill, this is what the crash left behind.
 */
export async function withStoreOf<T>(place: ServerStore, work: (query: (statement: SQL) => Promise<Record<string, unknown>[]>) => Promise<T>): Promise<T> {
  const store = await openStore(loadConfig({ ...place.env }))
  try {
    return await work((statement) => executeRows(store.db, statement))
  } finally {
    await store.close()
  }
}
