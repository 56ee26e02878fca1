import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createTestDatabase } from './postgres.js'
import { postgresAdminUrl } from './stores.js'

export type ServerStoreKind = 'pglite' | 'postgres'

/** A place for real `klankbord` processes to keep their data: a data directory, and on PostgreSQL a fresh database. */
export type ServerStore = { kind: ServerStoreKind; env: Record<string, string>; dataDir: string; remove(): Promise<void> }

/** The stores a crash test runs on: PGlite always, PostgreSQL where the machine has it. */
export const SERVER_STORE_KINDS: { kind: ServerStoreKind; available: boolean }[] = [
  { kind: 'pglite', available: true },
  { kind: 'postgres', available: postgresAdminUrl() !== '' },
]

/** An empty store of the kind asked for, with its own master key; `env` is what each process started on it needs. */
export async function newServerStore(kind: ServerStoreKind, extraEnv: Record<string, string> = {}): Promise<ServerStore> {
  const dataDir = mkdtempSync(join(tmpdir(), `klankbord-crash-${kind}-`))
  const database = kind === 'postgres' ? await createTestDatabase(postgresAdminUrl()) : undefined
  return {
    kind,
    dataDir,
    env: { KLANKBORD_DATA_DIR: dataDir, KLANKBORD_SECRET_KEY: randomBytes(32).toString('hex'), ...(database ? { DATABASE_URL: database.url } : {}), ...extraEnv },
    async remove() {
      await database?.drop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
