import { concernContactsTable, concernTextsTable, concernsTable, idempotencyKeysTable, spentChallengesTable } from '../../db/schema/index.js'
import { sql } from 'drizzle-orm'
import { jsonInsert } from '../../store/json-insert.js'
import type { Store } from '../../store/types.js'
import { FlushFailedError } from './errors.js'

export type ConcernRecord = {
  concern: typeof concernsTable.$inferInsert
  contact: typeof concernContactsTable.$inferInsert | undefined
  text: typeof concernTextsTable.$inferInsert
  idempotency: typeof idempotencyKeysTable.$inferInsert | undefined
  /** The proof-of-work solution this concern spends, if the widget sent one. */
  spentChallenge?: typeof spentChallengesTable.$inferInsert
}

type Pending = { record: ConcernRecord; resolve: () => void; reject: (error: unknown) => void }

const MAX_BATCH = 200

/** All rows of a batch in one statement: data-modifying CTEs make it atomic without BEGIN/COMMIT round trips. */
async function writeBatch(store: Store, records: ConcernRecord[]): Promise<void> {
  const contacts = records.flatMap((r) => (r.contact ? [r.contact] : []))
  const keys = records.flatMap((r) => (r.idempotency ? [r.idempotency] : []))
  const challenges = records.flatMap((r) => (r.spentChallenge ? [r.spentChallenge] : []))
  const parts = [
    sql`c as (${jsonInsert(concernsTable, records.map((r) => r.concern))})`,
    sql`t as (${jsonInsert(concernTextsTable, records.map((r) => r.text))})`,
    ...(contacts.length ? [sql`p as (${jsonInsert(concernContactsTable, contacts)})`] : []),
    ...(keys.length ? [sql`k as (${jsonInsert(idempotencyKeysTable, keys)})`] : []),
    ...(challenges.length ? [sql`s as (${jsonInsert(spentChallengesTable, challenges)})`] : []),
  ]
  await store.db.execute(sql`with ${sql.join(parts, sql`, `)} select 1`)
}

/**
 * Group commit: concerns that arrive while a commit is running are written together in the next
 * transaction, followed by one flush to disk. Each caller is answered only after its own rows are durable.
 * When a batch fails (a rare duplicate reference, idempotency key or spent proof of work), its rows are retried one by one so
 * one bad row cannot fail the others.
 */
export function createIntakeQueue(store: Store) {
  let pending: Pending[] = []
  let draining: Promise<void> | undefined

  async function commit(batch: Pending[]): Promise<void> {
    try {
      await writeBatch(store, batch.map((p) => p.record))
    } catch (batchError) {
      if (batch.length === 1) {
        batch[0]?.reject(batchError)
        return
      }
      const written: Pending[] = []
      for (const item of batch) {
        try {
          await writeBatch(store, [item.record])
          written.push(item)
        } catch (error) {
          item.reject(error)
        }
      }
      batch = written
    }
    try {
      await store.flush()
    } catch (error) {
      for (const item of batch) item.reject(new FlushFailedError(error))
      return
    }
    for (const item of batch) item.resolve()
  }

  async function drain(): Promise<void> {
    while (pending.length) {
      const batch = pending.slice(0, MAX_BATCH)
      pending = pending.slice(MAX_BATCH)
      await commit(batch)
    }
    draining = undefined
  }

  return {
    /** Resolves once the record is committed and flushed to disk. */
    submit(record: ConcernRecord): Promise<void> {
      return new Promise((resolve, reject) => {
        pending.push({ record, resolve, reject })
        draining ??= new Promise<void>((started) => setImmediate(started)).then(drain)
      })
    },
    /** Waits for every submitted record to be written; used at shutdown. */
    async idle(): Promise<void> {
      while (draining) await draining
    },
  }
}
export type IntakeQueue = ReturnType<typeof createIntakeQueue>
