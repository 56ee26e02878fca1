import type { Config } from '../config.js'
import { migrateStore } from './migrate.js'
import { openPgliteStore } from './pglite-store.js'
import { openPostgresStore } from './postgres-store.js'
import type { Store } from './types.js'

/** PostgreSQL when DATABASE_URL is set, else the embedded PGlite in the data directory; migrated either way. */
export async function openStore(config: Pick<Config, 'databaseUrl' | 'dataDir' | 'durableFlush'>, onConnectionLost?: (code: string) => void): Promise<Store> {
  const store = config.databaseUrl
    ? await openPostgresStore(config.databaseUrl, onConnectionLost)
    : await openPgliteStore({ dataDir: config.dataDir, durableFlush: config.durableFlush })
  try {
    await migrateStore(store)
  } catch (error) {
    await store.close()
    throw error
  }
  return store
}
