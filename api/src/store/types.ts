import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import type * as schema from '../db/schema/index.js'

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>

export type Store = {
  readonly kind: 'pglite' | 'postgres'
  readonly db: Db
  /** Makes every commit so far survive an OS crash or power loss. PostgreSQL does this itself. */
  flush(): Promise<void>
  /**
   * Runs `work` while holding a lock that every instance on this store shares (a PostgreSQL advisory lock);
   * PGlite serves one process, so there it simply runs.
   */
  exclusively<T>(lockName: string, work: () => Promise<T>): Promise<T>
  close(): Promise<void>
}
