import { createHash } from 'node:crypto'
import type { ConcernCreated, ConcernInputParsed } from '@klankbord/contract'
import type { Channel } from '@klankbord/contract/vocabulary'
import { CIPHER_CONTEXTS } from '../../security/cipher-contexts.js'
import { newFollowUpCode, newId, newReference } from '../../security/codes.js'
import type { ServiceContext } from '../shared/service-context.js'
import { createFirstContactDeadline } from './first-contact-deadline.js'
import type { ConcernRecord } from './intake-queue.js'

/** Where a concern comes in: a partner's widget, or the confidant's own intake (no partner). */
export type ConcernOrigin = { partnerId: string | null; municipalityId: string; firstContactWorkingDays: number }

/** What the resident said; the widget's spam fields and partner key are not part of it. */
export type ConcernContent = Omit<ConcernInputParsed, 'partner' | 'pow' | 'website'> & Partial<Pick<ConcernInputParsed, 'partner' | 'pow' | 'website'>>

/** A concern to store: what was said, where and through which channel it came in, and the key that makes a retry safe. */
export type NewConcern = { content: ConcernContent; origin: ConcernOrigin; channel: Channel; idempotencyKey?: string }

/** `concernId` is internal (the inbox's handle); only `created` goes to the resident. */
export type StoredConcern = { created: ConcernCreated; concernId: string }
export type CreateConcernResult = StoredConcern & { replayed: boolean }

/** What makes two requests "the same" for idempotency: everything the resident said, not the spam check. */
export function requestHash(content: ConcernContent): string {
  const { pow: _pow, website: _website, ...rest } = content
  return createHash('sha256').update(JSON.stringify(rest)).digest('base64url')
}

const firstContactDeadline = createFirstContactDeadline()

/** The rows of one new concern, encrypted, with the resident's answer; exported for the bench's store-only ceiling. */
export function buildConcernRecord(context: Pick<ServiceContext, 'cipher' | 'followUp' | 'now'>, concern: NewConcern): { record: ConcernRecord; created: ConcernCreated } {
  const { content: input, origin, channel, idempotencyKey } = concern
  const { cipher } = context
  const id = newId('con')
  const now = context.now()
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
      followUpHash: context.followUp.hash(followUpCode),
      firstContactBy: created.firstContactBy,
      createdAt: now,
      updatedAt: now,
    },
    contact: contactDetails && { concernId: id, detailsCipher: cipher.encrypt(JSON.stringify(contactDetails), CIPHER_CONTEXTS.contact(id)) },
    text: {
      concernId: id,
      descriptionCipher: cipher.encrypt(input.description, CIPHER_CONTEXTS.description(id)),
      organisationCipher: input.organisation ? cipher.encrypt(input.organisation, CIPHER_CONTEXTS.organisation(id)) : null,
    },
    idempotency: idempotencyKey
      ? {
          key: idempotencyKey,
          requestHash: requestHash(input),
          concernId: id,
          responseCipher: cipher.encrypt(JSON.stringify(created), CIPHER_CONTEXTS.idempotentAnswer(idempotencyKey)),
          createdAt: now,
        }
      : undefined,
  }
  return { record, created }
}
