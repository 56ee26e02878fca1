import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import { MIGRATIONS_FOLDER } from './migrate.js'
import { executeRows } from './execute-rows.js'
import type { Db, Store } from './types.js'

/** How far a store is migrated: how many migrations, and the tag of the last (`0006_audit_origin`). */
export type MigrationLevel = { readonly count: number; readonly tag: string | null }

type JournalEntry = { idx: number; when: number; tag: string }

function journal(): JournalEntry[] {
  const parsed = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as { entries: JournalEntry[] }
  return parsed.entries.sort((a, b) => a.idx - b.idx)
}

/** The migrations this version of Klankbord ships, oldest first. */
export function shippedMigrations(): string[] {
  return journal().map((entry) => entry.tag)
}

/** Drizzle records each applied migration with its journal time, which names its tag. */
export async function migrationLevel(db: Db): Promise<MigrationLevel> {
  const rows = await executeRows(db, sql`select created_at from drizzle.__drizzle_migrations order by created_at`)
  const last = rows.at(-1)
  if (!last) return { count: 0, tag: null }
  const when = Number(last.created_at)
  return { count: rows.length, tag: journal().find((entry) => entry.when === when)?.tag ?? `unknown-${when}` }
}

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
