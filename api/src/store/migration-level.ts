import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import { executeRows } from './execute-rows.js'
import { MIGRATIONS_FOLDER } from './migrate.js'
import type { Store } from './types.js'

let expected: number | undefined

/** How many migrations this build brings: the entries of the committed journal, read once. */
export function expectedMigrations(): number {
  expected ??= (JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] }).entries.length
  return expected
}

/** How many migrations the store has applied (Drizzle's own record); 0 before the first. */
export async function appliedMigrations(store: Store): Promise<number> {
  const [table] = await executeRows(store.db, sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`)
  if (!table?.present) return 0
  const [row] = await executeRows(store.db, sql`select count(*)::int as applied from drizzle.__drizzle_migrations`)
  return Number(row?.applied ?? 0)
}
