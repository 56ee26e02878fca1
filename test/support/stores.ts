import { readFileSync } from 'node:fs'
import { sql } from 'drizzle-orm'
import { inject } from 'vitest'
import { migrateStore } from '../../api/src/store/migrate.js'
import { openMemoryStore, type PgliteStore } from '../../api/src/store/pglite-store.js'
import { openPostgresStore } from '../../api/src/store/postgres-store.js'
import type { Store } from '../../api/src/store/types.js'
import { createTestDatabase } from './postgres.js'

/** A migrated in-memory PGlite, copied from the template made once per run. */
export async function newPgliteStore(): Promise<PgliteStore> {
  return openMemoryStore(new Blob([readFileSync(inject('pgliteTemplate'))]))
}

export const postgresAdminUrl = (): string => inject('postgresAdminUrl')

/** A migrated PostgreSQL store in a fresh database; closing it drops the database. */
export async function newPostgresStore(): Promise<Store> {
  const database = await createTestDatabase(postgresAdminUrl())
  const store = await openPostgresStore(database.url)
  await migrateStore(store)
  return {
    ...store,
    async close() {
      await store.close()
      await database.drop()
    },
  }
}

/** Both stores where the machine has both; tests are written once and run for each. */
export const STORE_KINDS = [
  { kind: 'pglite' as const, open: newPgliteStore, available: () => true },
  { kind: 'postgres' as const, open: newPostgresStore, available: () => postgresAdminUrl() !== '' },
]

/** How many rows a table holds, read with plain SQL so tests see what the database really has. */
export async function countRows(store: Store, table: string): Promise<number> {
  const result = await store.db.execute(sql.raw(`select count(*)::int as n from ${table}`))
  return (result as unknown as { rows: { n: number }[] }).rows[0]!.n
}
