import { createHash } from 'node:crypto'
import type pg from 'pg'

/** A lock name as the 64-bit key PostgreSQL's advisory locks take, the same in every instance. */
export function advisoryLockKey(lockName: string): string {
  return createHash('sha256').update(`klankbord:${lockName}`).digest().readBigInt64BE(0).toString()
}

/**
 * Holds a session-level advisory lock on one connection of the pool while `work` runs on any connection.
 * A second instance waits at `pg_advisory_lock` until the first is done; a crashed holder's lock ends with its connection.
 */
export async function withAdvisoryLock<T>(pool: pg.Pool, lockName: string, work: () => Promise<T>): Promise<T> {
  const key = advisoryLockKey(lockName)
  const client = await pool.connect()
  try {
    await client.query('select pg_advisory_lock($1::bigint)', [key])
    try {
      return await work()
    } finally {
      await client.query('select pg_advisory_unlock($1::bigint)', [key])
    }
  } finally {
    client.release()
  }
}
