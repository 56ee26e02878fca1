import type { ConcernInputParsed } from '@klankbord/contract'
import type { ServiceContext } from '../shared/service-context.js'
import type { CreateConcernResult } from './concern-record.js'
import { createConcern } from './create-concern.js'
import { UnknownPartnerError } from './errors.js'

/** A concern sent from /meld, the intake without scripts, after the honeypot, the rate limit and the contract's validation. */
export type PageSubmission = {
  readonly concern: ConcernInputParsed & { channel: 'no-script' | 'poster' }
  /** The key the form got on its first page, so a second press of the button stores nothing twice. */
  readonly idempotencyKey: string
}

/**
 * The intake of a page without scripts: the partner named in its link, stored once and durably. It has no proof of work
 * (that needs a script) and no partner origin (the form is the confidant's own page); the route limits the rate instead.
 */
export async function receivePageConcern(context: ServiceContext, submission: PageSubmission): Promise<CreateConcernResult> {
  const { concern, idempotencyKey } = submission
  const partner = await context.partners.find(concern.partner)
  if (!partner) throw new UnknownPartnerError()
  return createConcern(context, {
    content: concern,
    origin: { partnerId: partner.id, municipalityId: partner.municipality.id, firstContactWorkingDays: partner.municipality.settings.firstContactWorkingDays },
    channel: concern.channel,
    idempotencyKey,
  })
}
