import type { PowSolution } from '@klankbord/contract'
import type { ServiceContext } from '../shared/service-context.js'
import type { CreateConcernResult, NewConcern } from './concern-record.js'
import { ProofOfWorkFailedError } from './errors.js'
import { storeConcern } from './store-concern.js'
import { storeOnce } from './store-once.js'

export type CreateConcernRequest = NewConcern & {
  /** When set, the proof of work must verify before anything new is stored; its solution is spent in the statement that stores the concern. */
  proofOfWork?: { solution: PowSolution | undefined }
}

/**
 * Stores a concern durably and returns the resident's reference and follow-up code. With an idempotency key,
 * a retry gets the first answer and nothing is stored twice.
 */
export async function createConcern(context: ServiceContext, request: CreateConcernRequest): Promise<CreateConcernResult> {
  const { proofOfWork, ...concern } = request
  const spends = proofOfWork?.solution ? context.pow.spending(proofOfWork.solution) : undefined
  // The proof is checked only when something new will be stored, so a replayed retry does not need a fresh one.
  const store = async () => {
    if (proofOfWork && !(await context.pow.verify(proofOfWork.solution))) throw new ProofOfWorkFailedError()
    return storeConcern(context, concern, spends)
  }
  if (!concern.idempotencyKey) return { ...(await store()), replayed: false }
  return storeOnce(context, concern.idempotencyKey, concern.content, store)
}
