import { sql } from 'drizzle-orm'
import type { PgTable } from 'drizzle-orm/pg-core'
import { concernContactsTable, concernEventsTable, concernMessagesTable, concernTextsTable, concernsTable, signalsTable } from '../../db/schema/index.js'
import { jsonInsert } from '../../store/json-insert.js'
import type { Db } from '../../store/types.js'
import type { IsoRow, SeedRows } from './seed-rows.js'

/** jsonInsert for rows whose timestamps are ISO strings already (see IsoRow). */
function insertIsoRows<T extends PgTable>(table: T, rows: IsoRow<T['$inferInsert']>[]) {
  return jsonInsert(table, rows as T['$inferInsert'][])
}

/** Whether this session may switch off trigger-based checks for its own transactions (superusers only). */
export async function canSkipForeignKeyTriggers(db: Db): Promise<boolean> {
  const result = await db.execute(sql`select current_setting('is_superuser') = 'on' as superuser`)
  return (result as unknown as { rows: { superuser: boolean }[] }).rows[0]?.superuser === true
}

/**
 * One transaction per batch, one JSON parameter per table: a failed batch leaves nothing behind.
 * With `skipForeignKeyTriggers` the batch runs as pg_restore's --disable-triggers does: every id in it was
 * made or looked up by the seed itself, and checking each event's concern and author row by row (which also
 * locks the concern row) would take about half of the time of a million-concern seed.
 */
export async function writeSeedRows(db: Db, rows: SeedRows, options: { skipForeignKeyTriggers: boolean }): Promise<void> {
  await db.transaction(async (tx) => {
    if (options.skipForeignKeyTriggers) await tx.execute(sql`set local session_replication_role = replica`)
    await tx.execute(insertIsoRows(concernsTable, rows.concerns))
    if (rows.concernContacts.length) await tx.execute(insertIsoRows(concernContactsTable, rows.concernContacts))
    if (rows.concernTexts.length) await tx.execute(insertIsoRows(concernTextsTable, rows.concernTexts))
    if (rows.concernEvents.length) await tx.execute(insertIsoRows(concernEventsTable, rows.concernEvents))
    if (rows.concernMessages.length) await tx.execute(insertIsoRows(concernMessagesTable, rows.concernMessages))
    if (rows.signals.length) await tx.execute(insertIsoRows(signalsTable, rows.signals))
  })
}
