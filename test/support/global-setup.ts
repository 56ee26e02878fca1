import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { openMemoryStore } from '../../api/src/store/pglite-store.js'
import { migrateStore } from '../../api/src/store/migrate.js'
import { scanLogs } from './log-scan.js'
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
  // Workers inherit the folder where tests record what they plant and what the servers log (log-scan.ts).
  const scanDir = join(dir, 'log-scan')
  process.env.KLANKBORD_LOG_SCAN_DIR = scanDir
  mkdirSync(scanDir)
  return () => {
    const { planted, logs, hits } = scanLogs(scanDir)
    rmSync(dir, { recursive: true, force: true })
    process.stdout.write(`\nLog scan: ${planted} planted values in ${logs} server logs, ${hits.length} found.\n`)
    // Vitest reports an error thrown here but still exits 0, so the exit code is set as well.
    if (hits.length) process.exitCode = 1
    if (hits.length) throw new Error(`Planted personal data or secrets appear in the server logs:\n${hits.map((h) => `  ${h.kind} "${h.value.slice(0, 40)}" in ${h.file}`).join('\n')}`)
  }
}
