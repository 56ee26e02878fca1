import type { ConcernDataCopy } from '@klankbord/contract'
import type { Channel, Domain, Kind, Outcome, Status, SupportGiven, Wish } from '@klankbord/contract/vocabulary'
import { asc, eq } from 'drizzle-orm'
import { concernContactsTable, concernEventsTable, concernMessagesTable, concernTextsTable } from '../../db/schema/index.js'
import { CIPHER_CONTEXTS } from '../../security/cipher-contexts.js'
import type { ServiceContext } from '../shared/service-context.js'
import { auditResident } from './audit-resident.js'
import { concernForCode, type ResidentCredentials } from './concern-for-code.js'
import { decryptEventText } from './event-text.js'

/** Everything stored about the concern, for the resident's right of access. */
export async function getDataCopy(context: ServiceContext, credentials: ResidentCredentials): Promise<ConcernDataCopy | undefined> {
  const { db } = context.store
  const { cipher } = context
  const now = context.now()
  const c = await concernForCode(context, credentials)
  if (!c) return undefined
  const [[text], [contact], messages, events] = await Promise.all([
    db.select().from(concernTextsTable).where(eq(concernTextsTable.concernId, c.id)),
    db.select().from(concernContactsTable).where(eq(concernContactsTable.concernId, c.id)),
    db.select().from(concernMessagesTable).where(eq(concernMessagesTable.concernId, c.id)).orderBy(asc(concernMessagesTable.createdAt)),
    db.select().from(concernEventsTable).where(eq(concernEventsTable.concernId, c.id)).orderBy(asc(concernEventsTable.createdAt)),
  ])
  const copy: ConcernDataCopy = {
    reference: c.reference,
    createdAt: c.createdAt.toISOString(),
    status: c.status as Status,
    firstContactAt: c.firstContactAt?.toISOString() ?? null,
    closedAt: c.closedAt?.toISOString() ?? null,
    supportGiven: c.supportGiven as SupportGiven[],
    outcome: (c.outcome as Outcome | null) ?? null,
    channel: c.channel as Channel,
    domain: c.domain as Domain,
    kinds: c.kinds as Kind[],
    wish: c.wish as Wish,
    decisionDate: c.decisionDate,
    onBehalfOf: c.onBehalfOf,
    description: text ? cipher.decrypt(text.descriptionCipher, CIPHER_CONTEXTS.description(c.id)) : null,
    organisation: text?.organisationCipher ? cipher.decrypt(text.organisationCipher, CIPHER_CONTEXTS.organisation(c.id)) : null,
    contact: contact ? (JSON.parse(cipher.decrypt(contact.detailsCipher, CIPHER_CONTEXTS.contact(c.id))) as Record<string, string>) : null,
    messages: messages.map((m) => ({ from: m.sender, body: cipher.decrypt(m.bodyCipher, CIPHER_CONTEXTS.message(m.id)), sentAt: m.createdAt.toISOString() })),
    notes: events.flatMap((e) => {
      const t = decryptEventText(cipher, e.id, e.textCipher)
      return e.type === 'note' && t.text ? [{ at: e.createdAt.toISOString(), text: t.text }] : []
    }),
    events: events.map((e) => ({ at: e.createdAt.toISOString(), type: e.type })),
  }
  await auditResident(context, 'concern.data-copy', c.id, now)
  return copy
}
