// `npm run bench`: speed and size figures, printed as a table. Goals are read from the table, never asserted by a timer.
import { postgresReachable, POSTGRES_ADMIN_URL } from '../support/postgres.js'
import { createTestDatabase } from '../support/postgres.js'
import { inboxRows } from './inbox-latency.js'
import { intakeRows } from './intake-load.js'
import { redactionRows } from './redaction.js'
import { printTable, type Row } from './table.js'
import { walFlushRows } from './wal-flush.js'
import { widgetSizeRows } from './widget-size.js'

const rows: Row[] = [...widgetSizeRows(), ...redactionRows(), ...(await walFlushRows()), ...(await inboxRows())]
const postgres = (await postgresReachable()) ? await createTestDatabase(POSTGRES_ADMIN_URL) : undefined
if (!postgres) process.stderr.write(`PostgreSQL not reachable at ${POSTGRES_ADMIN_URL}: its intake row is left out.\n`)
try {
  rows.push(...(await intakeRows(postgres?.url)))
} finally {
  await postgres?.drop()
}
printTable(`Klankbord bench — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}`, rows)
