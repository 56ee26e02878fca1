import { sql } from 'drizzle-orm'
import { executeRows } from '../../store/execute-rows.js'
import { migrationLevel, shippedMigrations } from '../../store/migration-level.js'
import type { Db, Store } from '../../store/types.js'
import { BackupFileError, type BackupHeader } from './backup-format.js'
import { backupTables, quotedColumn, quotedTable, type BackupTable } from './backup-tables.js'
import { backupRows, verifyBackup } from './read-backup.js'

const BATCH = 500

export type RestoreSummary = { createdAt: string; tables: { name: string; rows: number }[] }

function checkCompatible(header: BackupHeader, level: { count: number }, storeKeyIds: readonly string[]): void {
  if ((header.migration.tag !== null && !shippedMigrations().includes(header.migration.tag)) || header.migration.count > level.count)
    throw new BackupFileError(
      `De back-up komt van een nieuwere versie van Klankbord (migratie ${header.migration.tag}). Werk Klankbord eerst bij.\n` +
        `The backup comes from a newer version of Klankbord (migration ${header.migration.tag}). Upgrade Klankbord first.`,
    )
  const missing = header.keyIds.filter((id) => !storeKeyIds.includes(id))
  if (missing.length)
    throw new BackupFileError(
      `De back-up heeft sleutel ${missing.join(', ')} nodig; deze opslag heeft ${storeKeyIds.join(', ') || 'geen sleutel'}. ` +
        'Zet de sleutel van de back-up neer (klankbord.key in de datamap, of KLANKBORD_SECRET_KEY) en probeer opnieuw.\n' +
        `The backup needs key ${missing.join(', ')}; this store has ${storeKeyIds.join(', ') || 'no key'}. ` +
        'Put the backup\'s key in place (klankbord.key in the data directory, or KLANKBORD_SECRET_KEY) and try again.',
    )
}

async function nonEmptyTables(db: Db, tables: readonly BackupTable[]): Promise<string[]> {
  const found: string[] = []
  for (const table of tables) {
    const [row] = await executeRows(db, sql.raw(`select exists (select 1 from ${quotedTable(table.name, tables)}) as filled`))
    if (row?.filled === true) found.push(table.name)
  }
  return found
}

async function insertBatch(db: Db, table: BackupTable, columns: readonly string[], rows: unknown[], tables: readonly BackupTable[]): Promise<void> {
  const list = columns.map((column) => quotedColumn(table, column)).join(', ')
  const name = quotedTable(table.name, tables)
  try {
    // PostgreSQL turns each JSON row back into the column types (timestamps, jsonb, arrays) the way row_to_json wrote
    // them; identity columns (the audit log's id) keep their numbers.
    await db.execute(
      sql`${sql.raw(`insert into ${name} (${list}) overriding system value select ${list} from json_populate_recordset(null::${name}, `)}${JSON.stringify(rows)}::json)`,
    )
  } catch (error) {
    // The driver's message repeats the statement's parameters, which hold the rows: only PostgreSQL's own reason is passed on.
    const cause = (error as { cause?: { message?: string } }).cause?.message ?? 'insert failed'
    throw new BackupFileError(`${table.name}: ${cause}`)
  }
}

/** Identity columns continue after the highest restored number, so the next audit entry does not collide. */
async function continueSequences(db: Db, tables: readonly BackupTable[]): Promise<void> {
  for (const table of tables) {
    for (const column of table.columns) {
      const [row] = await executeRows(db, sql`select pg_get_serial_sequence(${quotedTable(table.name, tables)}, ${column}) as seq`)
      if (typeof row?.seq !== 'string') continue
      await db.execute(
        sql`${sql.raw(`select setval(`)}${row.seq}${sql.raw(`::regclass, coalesce((select max(${quotedColumn(table, column)}) from ${quotedTable(table.name, tables)}), 0) + 1, false)`)}`,
      )
    }
  }
}

/**
 * Restores a verified backup into an empty, migrated store, in one transaction: either every row is in, or none.
 * A store that holds any row is refused; there is no overwrite, so a restore can never mix two installations.
 */
export async function restoreBackup(store: Store, file: string, options: { storeKeyIds: readonly string[] }): Promise<RestoreSummary> {
  const header = await verifyBackup(file)
  checkCompatible(header, await migrationLevel(store.db), options.storeKeyIds)
  const tables = backupTables()
  const plan = header.tables.map((entry) => {
    const table = tables.find((t) => t.name === entry.name)
    if (!table) throw new BackupFileError(`Onbekende tabel / unknown table in the backup: ${entry.name}`)
    for (const column of entry.columns) quotedColumn(table, column)
    return { table, columns: entry.columns.filter((column) => !table.generated.includes(column)), expected: entry.rows }
  })
  await store.db.transaction(async (tx) => {
    const filled = await nonEmptyTables(tx, tables)
    if (filled.length)
      throw new BackupFileError(
        `De opslag is niet leeg (${filled.join(', ')}); terugzetten kan alleen in een lege opslag: een nieuwe datamap of een nieuwe database.\n` +
          `The store is not empty (${filled.join(', ')}); a restore goes only into an empty store: a new data directory or a new database.`,
      )
    let index = 0
    let batch: unknown[] = []
    let seen = 0
    const finishTable = async () => {
      const step = plan[index]!
      if (batch.length) await insertBatch(tx, step.table, step.columns, batch, tables)
      seen += batch.length
      batch = []
      if (seen !== step.expected) throw new BackupFileError(`${step.table.name}: ${seen} rows, the header says ${step.expected}`)
      seen = 0
      index++
    }
    for await (const line of backupRows(file)) {
      while (index < plan.length && plan[index]!.table.name !== line.t) await finishTable()
      if (index >= plan.length) throw new BackupFileError(`Rij van tabel / row of table ${line.t} out of order`)
      batch.push(line.r)
      if (batch.length === BATCH) {
        await insertBatch(tx, plan[index]!.table, plan[index]!.columns, batch, tables)
        seen += batch.length
        batch = []
      }
    }
    while (index < plan.length) await finishTable()
    await continueSequences(tx, tables)
  })
  await store.flush()
  return { createdAt: header.createdAt, tables: header.tables.map(({ name, rows }) => ({ name, rows })) }
}
