import type { ServiceContext } from '../shared/service-context.js'
import { isUniqueViolation } from '../../store/unique-violation.js'
import type { ConcernContent, CreateConcernResult, StoredConcern } from './concern-record.js'
import { ChallengeSpentError } from './errors.js'
import { findIdempotentReplay } from './idempotent-replay.js'
import type { IntakeQueue } from './intake-queue.js'

const inFlight = new WeakMap<IntakeQueue, Map<string, Promise<CreateConcernResult>>>()

/**
 * Runs `store` at most once per idempotency key: a retry (also one racing the first attempt) gets the first answer
 * and nothing is stored twice. `store` runs only when nothing was stored with the key yet.
 */
export async function storeOnce(context: ServiceContext, key: string, content: ConcernContent, store: () => Promise<StoredConcern>): Promise<CreateConcernResult> {
  const running = inFlight.get(context.queue) ?? new Map<string, Promise<CreateConcernResult>>()
  inFlight.set(context.queue, running)
  const earlier = running.get(key)
  if (earlier) {
    await earlier.catch(() => undefined)
    return storeOnce(context, key, content, store)
  }
  const attempt = (async () => {
    const replay = await findIdempotentReplay(context, key, content)
    if (replay) {
      // The first attempt may have failed after its commit but before its flush: make sure it is on disk before confirming it.
      await context.store.flush()
      return replay
    }
    try {
      return { ...(await store()), replayed: false }
    } catch (error) {
      // Another instance may have stored the same key meanwhile (a unique violation); then its answer is ours.
      if (!isUniqueViolation(error, 'idempotency_keys_pkey') && !(error instanceof ChallengeSpentError)) throw error
      const raced = await findIdempotentReplay(context, key, content)
      if (raced) return raced
      throw error
    }
  })()
  running.set(key, attempt)
  try {
    return await attempt
  } finally {
    running.delete(key)
  }
}
