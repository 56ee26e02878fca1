import { createHash } from 'node:crypto'
import type { ConcernCreated, ConcernInputParsed } from '@klankbord/contract'
import type { Channel } from '@klankbord/contract/vocabulary'
import { eq } from 'drizzle-orm'
import { idempotencyKeysTable } from '../../db/schema/index.js'
import type { Cipher } from '../../security/cipher.js'
import { CIPHER_CONTEXTS } from '../../security/cipher-contexts.js'
import { newFollowUpCode, newId, newReference } from '../../security/codes.js'
import type { FollowUpHasher } from '../../security/follow-up-hash.js'
import type { Store } from '../../store/types.js'
import { isUniqueViolation } from '../../store/unique-violation.js'
import { createFirstContactDeadline } from './first-contact-deadline.js'
import type { SpentChallenge } from './proof-of-work.js'
import type { ConcernRecord, IntakeQueue } from './intake-queue.js'

export type CreateConcernDeps = { store: Store; cipher: Cipher; followUp: FollowUpHasher; queue: IntakeQueue; now: () => Date }

/** The proof-of-work solution already stored another concern. */
export class ChallengeSpentError extends Error {
  constructor() {
    super('This proof-of-work solution was already used')
  }
}

export class IdempotencyConflictError extends Error {
  constructor() {
    super('Idempotency key was used for a different request')
  }
}

/** Where a concern comes in: a partner's widget, or the confidant's own intake (no partner). */
export type ConcernOrigin = { partnerId: string | null; municipalityId: string; firstContactWorkingDays: number }

/** What the resident said; the widget's spam fields and partner key are not part of it. */
export type ConcernContent = Omit<ConcernInputParsed, 'partner' | 'pow' | 'website'> & Partial<Pick<ConcernInputParsed, 'partner' | 'pow' | 'website'>>

/** `concernId` is internal (the inbox's handle); only `created` goes to the resident. */
export type CreateConcernResult = { created: ConcernCreated; replayed: boolean; concernId: string }

/** What makes two requests "the same" for idempotency: everything the resident said, not the spam check. */
function requestHash(input: ConcernContent): string {
  const { pow: _pow, website: _website, ...rest } = input
  return createHash('sha256').update(JSON.stringify(rest)).digest('base64url')
}

const firstContactDeadline = createFirstContactDeadline()

export async function findIdempotentReplay(deps: CreateConcernDeps, key: string, input: ConcernContent): Promise<CreateConcernResult | undefined> {
  const [row] = await deps.store.db.select().from(idempotencyKeysTable).where(eq(idempotencyKeysTable.key, key)).limit(1)
  if (!row) return undefined
  if (row.requestHash !== requestHash(input)) throw new IdempotencyConflictError()
  const created = JSON.parse(deps.cipher.decrypt(row.responseCipher, CIPHER_CONTEXTS.idempotentAnswer(key))) as ConcernCreated
  return { created, replayed: true, concernId: row.concernId }
}

/** The rows of one new concern, encrypted, with the resident's answer; exported for the bench's store-only ceiling. */
export function buildConcernRecord(
  deps: Pick<CreateConcernDeps, 'cipher' | 'followUp' | 'now'>,
  input: ConcernContent,
  origin: ConcernOrigin,
  channel: Channel,
  idempotencyKey: string | undefined,
): { record: ConcernRecord; created: ConcernCreated } {
  const id = newId('con')
  const now = deps.now()
  const followUpCode = newFollowUpCode()
  const created: ConcernCreated = {
    reference: newReference(),
    followUpCode,
    createdAt: now.toISOString(),
    firstContactBy: firstContactDeadline(now, origin.firstContactWorkingDays),
  }
  const { contact } = input
  const contactDetails = contact.mode === 'none' ? undefined : { ...contact }
  const record: ConcernRecord = {
    concern: {
      id,
      reference: created.reference,
      municipalityId: origin.municipalityId,
      partnerId: origin.partnerId,
      channel,
      domain: input.domain,
      kinds: input.kinds,
      wish: input.wish,
      decisionDate: input.decisionDate ?? null,
      onBehalfOf: input.onBehalfOf,
      locale: input.locale,
      contactMode: contact.mode,
      status: 'new',
      followUpHash: deps.followUp.hash(followUpCode),
      firstContactBy: created.firstContactBy,
      createdAt: now,
      updatedAt: now,
    },
    contact: contactDetails && { concernId: id, detailsCipher: deps.cipher.encrypt(JSON.stringify(contactDetails), CIPHER_CONTEXTS.contact(id)) },
    text: {
      concernId: id,
      descriptionCipher: deps.cipher.encrypt(input.description, CIPHER_CONTEXTS.description(id)),
      organisationCipher: input.organisation ? deps.cipher.encrypt(input.organisation, CIPHER_CONTEXTS.organisation(id)) : null,
    },
    idempotency: idempotencyKey
      ? {
          key: idempotencyKey,
          requestHash: requestHash(input),
          concernId: id,
          responseCipher: deps.cipher.encrypt(JSON.stringify(created), CIPHER_CONTEXTS.idempotentAnswer(idempotencyKey)),
          createdAt: now,
        }
      : undefined,
  }
  return { record, created }
}

export type CreateConcernOptions = {
  channel: Channel
  idempotencyKey?: string
  /** Runs only when something new will be stored, so a replayed retry does not need a fresh spam check. */
  beforeStore?: () => Promise<void>
  /** The proof-of-work solution this concern spends, in the statement that stores it. */
  spends?: SpentChallenge
}

const inFlight = new WeakMap<IntakeQueue, Map<string, Promise<CreateConcernResult>>>()

/**
 * Stores a concern durably and returns the resident's reference and follow-up code. With an idempotency key,
 * a retry (also one racing the first attempt) gets the first answer and nothing is stored twice.
 */
export async function createConcern(
  deps: CreateConcernDeps,
  input: ConcernContent,
  origin: ConcernOrigin,
  options: CreateConcernOptions,
): Promise<CreateConcernResult> {
  const key = options.idempotencyKey
  if (!key) {
    await options.beforeStore?.()
    return { ...(await storeNew(deps, input, origin, options, undefined)), replayed: false }
  }
  const running = inFlight.get(deps.queue) ?? new Map<string, Promise<CreateConcernResult>>()
  inFlight.set(deps.queue, running)
  const earlier = running.get(key)
  if (earlier) {
    await earlier.catch(() => undefined)
    return createConcern(deps, input, origin, options)
  }
  const attempt = (async () => {
    const replay = await findIdempotentReplay(deps, key, input)
    if (replay) {
      // The first attempt may have failed after its commit but before its flush: make sure it is on disk before confirming it.
      await deps.store.flush()
      return replay
    }
    await options.beforeStore?.()
    try {
      return { ...(await storeNew(deps, input, origin, options, key)), replayed: false }
    } catch (error) {
      // Another instance may have stored the same key meanwhile (a unique violation); then its answer is ours.
      if (!isUniqueViolation(error, 'idempotency_keys_pkey') && !(error instanceof ChallengeSpentError)) throw error
      const raced = await findIdempotentReplay(deps, key, input)
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

async function storeNew(
  deps: CreateConcernDeps,
  input: ConcernContent,
  origin: ConcernOrigin,
  options: CreateConcernOptions,
  key: string | undefined,
): Promise<{ created: ConcernCreated; concernId: string }> {
  for (let attempt = 0; ; attempt += 1) {
    const { record, created } = buildConcernRecord(deps, input, origin, options.channel, key)
    try {
      await deps.queue.submit(options.spends ? { ...record, spentChallenge: options.spends } : record)
      return { created, concernId: record.concern.id }
    } catch (error) {
      if (isUniqueViolation(error, 'spent_challenges_pkey')) throw new ChallengeSpentError()
      if (!isUniqueViolation(error, 'concerns_reference_unique') || attempt >= 2) throw error
    }
  }
}
