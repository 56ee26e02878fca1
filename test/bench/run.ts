// `npm run bench`: speed and size figures, printed as a table. Goals are read from the table, never asserted by a timer.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { postgresReachable, POSTGRES_ADMIN_URL } from '../support/postgres.js'
import { createTestDatabase } from '../support/postgres.js'
import { dashboardRows } from './dashboard.js'
import { disclosureRows } from './disclosure-loss.js'
import { inboxRows } from './inbox-latency.js'
import { instancesLoadRows } from './instances-load.js'
import { intakeRows } from './intake-load.js'
import { redactionRows } from './redaction.js'
import { posterRows } from './poster.js'
import { reportRows } from './report.js'
import { pipelineRows } from './pipeline.js'
import { plainLanguageRows } from './plain-language.js'
import { withRegionalStore } from './regional-store.js'
import { BENCH_CONCERNS, seedRows } from './seed.js'
import { printTable, type Row } from './table.js'
import { walFlushRows } from './wal-flush.js'
import { widgetSizeRows } from './widget-size.js'
import { machineYardstickRows } from './machine-yardstick.js'
import { meldPageRows } from './meld-page.js'

const rows: Row[] = [...machineYardstickRows(), ...widgetSizeRows(), ...(await meldPageRows()), ...plainLanguageRows(), ...redactionRows(), ...(await walFlushRows()), ...(await inboxRows()), ...(await withRegionalStore(async (store) => [...(await dashboardRows(store)), ...(await disclosureRows(store))])), ...(await reportRows()), ...(await posterRows())]
const postgres = (await postgresReachable()) ? await createTestDatabase(POSTGRES_ADMIN_URL) : undefined
if (!postgres) process.stderr.write(`PostgreSQL not reachable at ${POSTGRES_ADMIN_URL}: its intake row is left out.\n`)
try {
  rows.push(...(await intakeRows(postgres?.url)))
} finally {
  await postgres?.drop()
}
rows.push(...(await instancesLoadRows(postgres ? POSTGRES_ADMIN_URL : undefined)))
// Seeding a million concerns takes minutes; the pipeline rows run on the store it leaves.
const seeded = mkdtempSync(join(tmpdir(), 'klankbord-bench-seed-'))
try {
  rows.push(...(await seedRows(seeded)), ...(await pipelineRows(seeded, BENCH_CONCERNS)))
} catch (error) {
  // The figures measured so far still get printed.
  rows.push({ measure: 'seed and pipeline', value: 'failed', note: error instanceof Error ? error.message : String(error) })
  process.exitCode = 1
} finally {
  rmSync(seeded, { recursive: true, force: true })
}
printTable(`Klankbord bench — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}`, rows)
