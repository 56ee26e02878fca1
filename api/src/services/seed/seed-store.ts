import { describeSeed, type SeedOptions } from '@klankbord/fixtures'
import type { Store } from '../../store/types.js'
import { isUniqueViolation } from '../../store/unique-violation.js'
import { ensureSeedSetting } from './ensure-seed-setting.js'
import { rowsFromWorker, rowsInProcess, workerAvailable, type SeedRowJob } from './seed-row-source.js'
import { countRows, renewReferences, type SeedRows } from './seed-rows.js'
import { canSkipForeignKeyTriggers, writeSeedRows } from './write-seed-rows.js'

export type SeedDeps = {
  store: Store
  /** The store's master key: the rows are encrypted with the ciphers derived from it, like real concerns. */
  masterKey: Buffer
  /** Generate in a worker thread when the compiled API has one, else on this thread; default this thread. */
  worker?: boolean
  now?: () => Date
  /** Milliseconds for the summary's timing; performance.now by default. */
  clock?: () => number
}

export type SeedProgress = { concerns: number; total: number; rows: number; seconds: number }

export type SeedSummary = {
  concerns: number
  signals: number
  /** Rows written per table. */
  rows: Record<keyof SeedRows, number>
  totalRows: number
  seconds: number
  period: { start: string; end: string }
  municipalities: string[]
  created: { municipalities: number; partners: number; users: number }
}

const REFERENCE_ATTEMPTS = 5

/**
 * Writes a synthetic data set through the store layer: the seed's setting first, then its concerns batch by
 * batch, each batch in one transaction. The next batch is generated while the previous one is written;
 * memory stays bounded by a few batches.
 */
export async function seedStore(deps: SeedDeps, options: SeedOptions, onProgress?: (progress: SeedProgress) => void): Promise<SeedSummary> {
  const clock = deps.clock ?? (() => performance.now())
  const started = clock()
  const { options: resolved, setting } = describeSeed(options)
  const ids = await ensureSeedSetting(deps.store.db, setting, new Date(`${resolved.start}T00:00:00Z`))
  const job: SeedRowJob = { options: resolved, masterKey: deps.masterKey, ids, startMs: (deps.now ?? (() => new Date()))().getTime() }
  const rows: Record<keyof SeedRows, number> = { concerns: 0, concernContacts: 0, concernTexts: 0, concernEvents: 0, concernMessages: 0, signals: 0 }
  let totalRows = 0
  const write = { skipForeignKeyTriggers: await canSkipForeignKeyTriggers(deps.store.db) }
  let writing: Promise<void> | undefined
  for await (const batchRows of deps.worker && workerAvailable() ? rowsFromWorker(job) : rowsInProcess(job)) {
    await writing
    writing = writeWithFreshReferences(deps.store, batchRows, write).then(() => {
      for (const key of Object.keys(rows) as (keyof SeedRows)[]) rows[key] += batchRows[key].length
      totalRows += countRows(batchRows)
      onProgress?.({ concerns: rows.concerns, total: resolved.concerns, rows: totalRows, seconds: (clock() - started) / 1000 })
    })
    // Awaited at the next batch or after the loop; until then a failure must not count as unhandled.
    writing.catch(() => undefined)
  }
  await writing
  await deps.store.flush()
  return {
    concerns: rows.concerns,
    signals: rows.signals,
    rows,
    totalRows,
    seconds: (clock() - started) / 1000,
    period: { start: resolved.start, end: resolved.end },
    municipalities: setting.municipalities.map((m) => m.name),
    created: ids.created,
  }
}

async function writeWithFreshReferences(store: Store, rows: SeedRows, options: { skipForeignKeyTriggers: boolean }): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await writeSeedRows(store.db, rows, options)
    } catch (error) {
      if (attempt >= REFERENCE_ATTEMPTS || !isUniqueViolation(error, 'concerns_reference_unique')) throw error
      renewReferences(rows)
    }
  }
}
