import type { SQL } from 'drizzle-orm'
import type { Db } from './types.js'

/** The rows of a statement run with `execute`: PGlite and node-postgres both answer with `rows`. */
export async function executeRows(db: Db, query: SQL): Promise<Record<string, unknown>[]> {
  return ((await db.execute(query)) as unknown as { rows?: Record<string, unknown>[] }).rows ?? []
}
