import { concernContactsTable, concernTextsTable, concernsTable, idempotencyKeysTable } from '../../db/schema/index.js'
import type { Store } from '../../store/types.js'

export type ConcernRecord = {
  concern: typeof concernsTable.$inferInsert
  contact: typeof concernContactsTable.$inferInsert | undefined
  text: typeof concernTextsTable.$inferInsert
  idempotency: typeof idempotencyKeysTable.$inferInsert | undefined
}

type Pending = { record: ConcernRecord; resolve: () => void; reject: (error: unknown) => void }

const MAX_BATCH = 200

async function writeBatch(store: Store, records: ConcernRecord[]): Promise<void> {
  await store.db.transaction(async (tx) => {
    await tx.insert(concernsTable).values(records.map((r) => r.concern))
    await tx.insert(concernTextsTable).values(records.map((r) => r.text))
    const contacts = records.flatMap((r) => (r.contact ? [r.contact] : []))
    if (contacts.length) await tx.insert(concernContactsTable).values(contacts)
    const keys = records.flatMap((r) => (r.idempotency ? [r.idempotency] : []))
    if (keys.length) await tx.insert(idempotencyKeysTable).values(keys)
  })
}

/**
 * Group commit: concerns that arrive while a commit is running are written together in the next
 * transaction, followed by one flush to disk. Each caller is answered only after its own rows are durable.
 * When a batch fails (a rare duplicate reference or idempotency key), its rows are retried one by one so
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
      for (const item of batch) item.reject(error)
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
