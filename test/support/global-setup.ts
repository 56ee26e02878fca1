import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { openMemoryStore } from '../../api/src/store/pglite-store.js'
import { migrateStore } from '../../api/src/store/migrate.js'
import { POSTGRES_ADMIN_URL, postgresReachable } from './postgres.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated PGlite data directory, dumped once; each test loads a copy instead of paying initdb. */
    pgliteTemplate: string
    /** Empty when no PostgreSQL answers; then the PostgreSQL half of the store tests is skipped, visibly. */
    postgresAdminUrl: string
  }
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'klankbord-template-'))
  const store = await openMemoryStore()
  await migrateStore(store)
  const dump = await store.client.dumpDataDir('none')
  await store.close()
  const file = join(dir, 'template.tar')
  writeFileSync(file, new Uint8Array(await dump.arrayBuffer()))
  project.provide('pgliteTemplate', file)

  const reachable = await postgresReachable()
  if (!reachable)
    process.stderr.write(
      `\n*** PostgreSQL is not reachable at ${POSTGRES_ADMIN_URL}: the PostgreSQL half of the store tests is SKIPPED. ***\n\n`,
    )
  project.provide('postgresAdminUrl', reachable ? POSTGRES_ADMIN_URL : '')
  return () => rmSync(dir, { recursive: true, force: true })
}
