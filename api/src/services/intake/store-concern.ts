import type { ServiceContext } from '../shared/service-context.js'
import { isUniqueViolation } from '../../store/unique-violation.js'
import { buildConcernRecord, type NewConcern, type StoredConcern } from './concern-record.js'
import { ChallengeSpentError } from './errors.js'
import type { SpentChallenge } from './proof-of-work.js'

/**
 * Stores a new concern through the intake queue, answering once its rows are on disk. A proof-of-work solution it
 * spends goes in the same statement. A reference that happens to be taken is drawn again, twice at most.
 */
export async function storeConcern(context: ServiceContext, concern: NewConcern, spends: SpentChallenge | undefined): Promise<StoredConcern> {
  for (let attempt = 0; ; attempt += 1) {
    const { record, created } = buildConcernRecord(context, concern)
    try {
      await context.queue.submit(spends ? { ...record, spentChallenge: spends } : record)
      return { created, concernId: record.concern.id }
    } catch (error) {
      if (isUniqueViolation(error, 'spent_challenges_pkey')) throw new ChallengeSpentError()
      if (!isUniqueViolation(error, 'concerns_reference_unique') || attempt >= 2) throw error
    }
  }
}
