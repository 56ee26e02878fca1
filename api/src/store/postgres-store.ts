import { drizzle } from 'drizzle-orm/node-postgres'
import pg from 'pg'
import * as schema from '../db/schema/index.js'
import { withAdvisoryLock } from './advisory-lock.js'
import type { Db, Store } from './types.js'

/**
 * `onConnectionLost` hears of an idle connection the server closed (a restart, a failover, an administrator):
 * the pool drops that connection and opens a new one for the next query, so it is no reason to stop the process.
 */
export async function openPostgresStore(connectionString: string, onConnectionLost: (code: string) => void = () => {}): Promise<Store> {
  const pool = new pg.Pool({ connectionString, max: 10 })
  // Without a listener an idle connection's error is thrown out of the event loop and ends the process.
  pool.on('error', (error: Error & { code?: string }) => onConnectionLost(error.code ?? 'unknown'))
  const client = await pool.connect()
  client.release()
  return {
    kind: 'postgres',
    db: drizzle({ client: pool, schema }) as unknown as Db,
    flush: async () => {},
    exclusively: (lockName, work) => withAdvisoryLock(pool, lockName, work),
    close: () => pool.end(),
  }
}
