import { drizzle } from 'drizzle-orm/node-postgres'
import pg from 'pg'
import * as schema from '../db/schema/index.js'
import type { Db, Store } from './types.js'

export async function openPostgresStore(connectionString: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString, max: 10 })
  const client = await pool.connect()
  client.release()
  return {
    kind: 'postgres',
    db: drizzle({ client: pool, schema }) as unknown as Db,
    flush: async () => {},
    close: () => pool.end(),
  }
}
