import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import type * as schema from '../db/schema/index.js'

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>

export type Store = {
  readonly kind: 'pglite' | 'postgres'
  readonly db: Db
  /** Makes every commit so far survive an OS crash or power loss. PostgreSQL does this itself. */
  flush(): Promise<void>
  close(): Promise<void>
}
