import { IDEMPOTENCY_KEY_PATTERN, type ConcernInputParsed } from '@klankbord/contract'
import { InputError } from '../shared/errors.js'
import type { ServiceContext } from '../shared/service-context.js'
import type { CreateConcernResult } from './concern-record.js'
import { createConcern } from './create-concern.js'
import { OriginNotAllowedError, UnknownPartnerError } from './errors.js'

/** A concern as a partner's widget sends it, after the honeypot and the validation of its body. */
export type WidgetSubmission = {
  readonly concern: ConcernInputParsed
  /** The Idempotency-Key header as sent, so a retry is answered with the first answer. */
  readonly idempotencyKey: string | undefined
  /** The Origin header: the partner's page in a browser; absent outside one. */
  readonly pageOrigin: string | undefined
}

/** The intake's checks of a resident's concern, in their order (key, partner, origin, proof of work), then stored once and durably. */
export async function receiveConcern(context: ServiceContext, submission: WidgetSubmission): Promise<CreateConcernResult> {
  const { concern, idempotencyKey, pageOrigin } = submission
  if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY_PATTERN.test(idempotencyKey))
    throw new InputError('Idempotency-Key', 'invalid-format', { nl: 'Idempotency-Key: gebruik 8 tot 128 letters, cijfers, - of _.', en: 'Idempotency-Key: use 8 to 128 letters, digits, - or _.' })
  const partner = await context.partners.find(concern.partner)
  if (!partner) throw new UnknownPartnerError()
  if (pageOrigin !== undefined && !partner.allowedOrigins.includes(pageOrigin)) throw new OriginNotAllowedError()
  return createConcern(context, {
    content: concern,
    origin: { partnerId: partner.id, municipalityId: partner.municipality.id, firstContactWorkingDays: partner.municipality.settings.firstContactWorkingDays },
    channel: concern.channel ?? 'widget-inline',
    idempotencyKey,
    proofOfWork: context.config.proofOfWork ? { solution: concern.pow } : undefined,
  })
}
