import { fileURLToPath } from 'node:url'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator'
import type { PgliteDatabase } from 'drizzle-orm/pglite'
import type { NodePgDatabase } from 'drizzle-orm/node-postgres'
import type { Store } from './types.js'

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url))

/**
 * Applies the committed migrations; safe to run at every start. Instances started at once on one PostgreSQL take
 * turns under one lock: the first migrates, the others find nothing left to do.
 */
export async function migrateStore(store: Store): Promise<void> {
  await store.exclusively('migrate', async () => {
    if (store.kind === 'pglite') await migratePglite(store.db as unknown as PgliteDatabase, { migrationsFolder: MIGRATIONS_FOLDER })
    else await migratePostgres(store.db as unknown as NodePgDatabase, { migrationsFolder: MIGRATIONS_FOLDER })
  })
  await store.flush()
}
