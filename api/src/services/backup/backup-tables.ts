import { getTableName, is } from 'drizzle-orm'
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core'
import * as schema from '../../db/schema/index.js'

export type BackupTable = {
  readonly name: string
  readonly columns: readonly string[]
  /** Columns PostgreSQL computes (GENERATED ALWAYS AS …): in the backup for reading, never inserted on restore. */
  readonly generated: readonly string[]
}

/**
 * Every table of the schema, each after the tables it refers to, so a restore inserts in this order and
 * never meets a missing parent. Read from the Drizzle schema, so a table added later is backed up too.
 */
export function backupTables(): BackupTable[] {
  const tables = (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable))
  const byName = new Map<string, PgTable>(tables.map((table) => [getTableName(table), table]))
  const ordered: BackupTable[] = []
  const placed = new Set<string>()
  const visiting = new Set<string>()
  const place = (name: string) => {
    if (placed.has(name)) return
    if (visiting.has(name)) throw new Error(`Foreign keys form a cycle through ${name}; a restore could not order the tables`)
    visiting.add(name)
    const config = getTableConfig(byName.get(name)!)
    for (const key of config.foreignKeys) {
      const parent = getTableName(key.reference().foreignTable)
      if (parent !== name) place(parent)
    }
    visiting.delete(name)
    placed.add(name)
    ordered.push({ name, columns: config.columns.map((column) => column.name), generated: config.columns.filter((column) => column.generated).map((column) => column.name) })
  }
  for (const name of [...byName.keys()].sort()) place(name)
  return ordered
}

/** A table name from the schema, quoted for SQL; anything else is refused, so no name from a file reaches a statement. */
export function quotedTable(name: string, allowed: readonly BackupTable[]): string {
  if (!allowed.some((table) => table.name === name)) throw new Error(`Unknown table ${JSON.stringify(name)}`)
  return `"${name.replaceAll('"', '""')}"`
}

export function quotedColumn(table: BackupTable, column: string): string {
  if (!table.columns.includes(column)) throw new Error(`Unknown column ${JSON.stringify(column)} in ${table.name}`)
  return `"${column.replaceAll('"', '""')}"`
}
