import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { seedBatches, type ResolvedSeedOptions } from '@klankbord/fixtures'
import { createCipher } from '../../security/cipher.js'
import { createFollowUpHasher } from '../../security/follow-up-hash.js'
import type { SeedIds } from './ensure-seed-setting.js'
import { createSeedIds } from './seed-ids.js'
import { seedRows, type SeedRows } from './seed-rows.js'

/** What a producer of seed rows needs; plain data, so it can cross into a worker thread. */
export type SeedRowJob = { options: ResolvedSeedOptions; masterKey: Uint8Array; ids: SeedIds; startMs: number }

/** Generates and encrypts the rows on the calling thread. */
export function* rowsInProcess(job: SeedRowJob): Generator<SeedRows> {
  const masterKey = Buffer.from(job.masterKey)
  const deps = { cipher: createCipher(masterKey), followUp: createFollowUpHasher(masterKey), ids: job.ids, newId: createSeedIds(job.startMs) }
  for (const batch of seedBatches(job.options)) yield seedRows(deps, batch)
}

/** Batches a worker may have ready before the writer takes them: enough to keep both threads busy, no more. */
export const WORKER_AHEAD = 2

const WORKER_MODULE = new URL('./seed-rows-worker.js', import.meta.url)

/** The worker runs from the compiled API; from the TypeScript sources (tests, tsx) there is no .js to start. */
export function workerAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER_MODULE))
}

/**
 * Generates and encrypts the rows in a worker thread while this thread writes the previous batch: on two
 * cores the embedded database and the generator then run side by side.
 */
export async function* rowsFromWorker(job: SeedRowJob): AsyncGenerator<SeedRows> {
  const worker = new Worker(WORKER_MODULE, { workerData: job })
  const ready: SeedRows[] = []
  let finished = false
  let failure: unknown
  let wake: (() => void) | undefined
  const notify = () => {
    wake?.()
    wake = undefined
  }
  worker.on('message', (message: SeedRows | 'done') => {
    if (message === 'done') finished = true
    else ready.push(message)
    notify()
  })
  worker.on('error', (error) => {
    failure = error
    notify()
  })
  worker.on('exit', (code) => {
    if (code !== 0 && failure === undefined) failure = new Error(`The seed worker stopped with exit code ${code}`)
    finished = true
    notify()
  })
  try {
    for (;;) {
      if (failure !== undefined) throw failure
      const rows = ready.shift()
      if (rows) {
        worker.postMessage('more')
        yield rows
      } else if (finished) {
        return
      } else {
        await new Promise<void>((resolve) => (wake = resolve))
      }
    }
  } finally {
    await worker.terminate()
  }
}
