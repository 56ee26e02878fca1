import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createTestDatabase } from './postgres.js'
import { postgresAdminUrl } from './stores.js'

export type StoreKind = 'pglite' | 'postgres'

/** Where an installation keeps its data: a data directory, and on PostgreSQL a fresh database of its own. */
export type Place = { kind: StoreKind; dataDir: string; env: Record<string, string>; drop(): Promise<void> }

export async function newPlace(kind: StoreKind, env: Record<string, string>): Promise<Place> {
  const dataDir = mkdtempSync(join(tmpdir(), `klankbord-${kind}-`))
  const database = kind === 'postgres' ? await createTestDatabase(postgresAdminUrl()) : undefined
  return {
    kind,
    dataDir,
    env: { ...env, KLANKBORD_DATA_DIR: dataDir, ...(database ? { DATABASE_URL: database.url } : {}) },
    async drop() {
      await database?.drop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** The kinds this machine can run: PostgreSQL only where the test database answers. */
export const availableKinds = (): StoreKind[] => (postgresAdminUrl() === '' ? ['pglite'] : ['pglite', 'postgres'])
