import { createHash } from 'node:crypto'
import type { ConcernCreated, ConcernInputParsed } from '@klankbord/contract'
import type { Channel } from '@klankbord/contract/vocabulary'
import { eq } from 'drizzle-orm'
import { idempotencyKeysTable } from '../../db/schema/index.js'
import type { Cipher } from '../../security/cipher.js'
import { newFollowUpCode, newId, newReference } from '../../security/codes.js'
import type { FollowUpHasher } from '../../security/follow-up-hash.js'
import type { Store } from '../../store/types.js'
import type { PartnerRecord } from '../partners/find-partner.js'
import { createFirstContactDeadline } from './first-contact-deadline.js'
import type { ConcernRecord, IntakeQueue } from './intake-queue.js'

export type CreateConcernDeps = { store: Store; cipher: Cipher; followUp: FollowUpHasher; queue: IntakeQueue; now: () => Date }

export class IdempotencyConflictError extends Error {
  constructor() {
    super('Idempotency key was used for a different request')
  }
}

export type CreateConcernResult = { created: ConcernCreated; replayed: boolean }

/** What makes two requests "the same" for idempotency: everything the resident said, not the spam check. */
function requestHash(input: ConcernInputParsed): string {
  const { pow: _pow, website: _website, ...rest } = input
  return createHash('sha256').update(JSON.stringify(rest)).digest('base64url')
}

const firstContactDeadline = createFirstContactDeadline()

const IDEMPOTENCY_CONTEXT = (key: string) => `idempotency:${key}`

export async function findIdempotentReplay(deps: CreateConcernDeps, key: string, input: ConcernInputParsed): Promise<ConcernCreated | undefined> {
  const [row] = await deps.store.db.select().from(idempotencyKeysTable).where(eq(idempotencyKeysTable.key, key)).limit(1)
  if (!row) return undefined
  if (row.requestHash !== requestHash(input)) throw new IdempotencyConflictError()
  return JSON.parse(deps.cipher.decrypt(row.responseCipher, IDEMPOTENCY_CONTEXT(key))) as ConcernCreated
}

function buildRecord(
  deps: CreateConcernDeps,
  input: ConcernInputParsed,
  partner: PartnerRecord,
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
    firstContactBy: firstContactDeadline(now, partner.municipality.settings.firstContactWorkingDays),
  }
  const { contact } = input
  const contactDetails = contact.mode === 'none' ? undefined : { ...contact }
  const record: ConcernRecord = {
    concern: {
      id,
      reference: created.reference,
      municipalityId: partner.municipality.id,
      partnerId: partner.id,
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
    contact: contactDetails && { concernId: id, detailsCipher: deps.cipher.encrypt(JSON.stringify(contactDetails), `concern:${id}:contact`) },
    text: {
      concernId: id,
      descriptionCipher: deps.cipher.encrypt(input.description, `concern:${id}:description`),
      organisationCipher: input.organisation ? deps.cipher.encrypt(input.organisation, `concern:${id}:organisation`) : null,
    },
    idempotency: idempotencyKey
      ? {
          key: idempotencyKey,
          requestHash: requestHash(input),
          concernId: id,
          responseCipher: deps.cipher.encrypt(JSON.stringify(created), IDEMPOTENCY_CONTEXT(idempotencyKey)),
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
}

const inFlight = new WeakMap<IntakeQueue, Map<string, Promise<CreateConcernResult>>>()

/**
 * Stores a concern durably and returns the resident's reference and follow-up code. With an idempotency key,
 * a retry (also one racing the first attempt) gets the first answer and nothing is stored twice.
 */
export async function createConcern(
  deps: CreateConcernDeps,
  input: ConcernInputParsed,
  partner: PartnerRecord,
  options: CreateConcernOptions,
): Promise<CreateConcernResult> {
  const key = options.idempotencyKey
  if (!key) {
    await options.beforeStore?.()
    return { created: await storeNew(deps, input, partner, options.channel, undefined), replayed: false }
  }
  const running = inFlight.get(deps.queue) ?? new Map<string, Promise<CreateConcernResult>>()
  inFlight.set(deps.queue, running)
  const earlier = running.get(key)
  if (earlier) {
    await earlier.catch(() => undefined)
    return createConcern(deps, input, partner, options)
  }
  const attempt = (async () => {
    const replay = await findIdempotentReplay(deps, key, input)
    if (replay) {
      // The first attempt may have failed after its commit but before its flush: make sure it is on disk before confirming it.
      await deps.store.flush()
      return { created: replay, replayed: true }
    }
    await options.beforeStore?.()
    try {
      return { created: await storeNew(deps, input, partner, options.channel, key), replayed: false }
    } catch (error) {
      // Another instance may have stored the same key meanwhile (a unique violation); then its answer is ours.
      if (!isUniqueViolation(error, 'idempotency_keys_pkey')) throw error
      const raced = await findIdempotentReplay(deps, key, input)
      if (raced) return { created: raced, replayed: true }
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

/** A unique violation of the named constraint, as the driver reports it beneath Drizzle's error. */
function isUniqueViolation(error: unknown, constraint: string): boolean {
  const cause = (error as { cause?: { code?: string; constraint?: string } }).cause
  return cause?.code === '23505' && cause.constraint === constraint
}

async function storeNew(deps: CreateConcernDeps, input: ConcernInputParsed, partner: PartnerRecord, channel: Channel, key: string | undefined): Promise<ConcernCreated> {
  for (let attempt = 0; ; attempt += 1) {
    const { record, created } = buildRecord(deps, input, partner, channel, key)
    try {
      await deps.queue.submit(record)
      return created
    } catch (error) {
      if (!isUniqueViolation(error, 'concerns_reference_unique') || attempt >= 2) throw error
    }
  }
}
