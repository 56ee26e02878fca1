import type { ConcernDataCopy } from '@klankbord/contract'
import type { Channel, Domain, Kind, Status, Wish } from '@klankbord/contract/vocabulary'
import { asc, eq } from 'drizzle-orm'
import { concernContactsTable, concernEventsTable, concernMessagesTable, concernTextsTable, concernsTable } from '../../db/schema/index.js'
import type { Cipher } from '../../security/cipher.js'
import { CIPHER_CONTEXTS } from '../../security/cipher-contexts.js'
import type { FollowUpHasher } from '../../security/follow-up-hash.js'
import { newId } from '../../security/codes.js'
import type { Db } from '../../store/types.js'
import { PROCESSING_ACTIVITIES } from '../shared/audit/processing-activities.js'
import { recordAudit } from '../shared/audit/record-audit.js'
import { concernForCode } from './get-follow-up.js'
import { decryptEventText } from './event-text.js'
import type { RequestTrace } from '../shared/audit/audit-case.js'
import { erasePersonalData } from './erase-personal-data.js'

export type ResidentDeps = { db: Db; cipher: Cipher; followUp: FollowUpHasher; now: () => Date }

export class ConcernErasedError extends Error {}

function audit(deps: ResidentDeps, name: string, concernId: string, trace: RequestTrace, startTime: Date) {
  return recordAudit(deps.db, {
    name,
    actor: { id: null, role: 'resident' },
    processingActivity: name === 'concern.message-from-resident' ? PROCESSING_ACTIVITIES.residentDialogue : PROCESSING_ACTIVITIES.residentRights,
    objectType: 'concern',
    objectId: concernId,
    startTime,
    ...trace,
  })
}

/** The resident answers the confidant. Returns false when reference or code is wrong. */
export async function postResidentMessage(deps: ResidentDeps, reference: string, code: string, body: string, trace: RequestTrace): Promise<boolean> {
  const now = deps.now()
  const concern = await concernForCode(deps.db, deps.followUp, reference, code)
  if (!concern) return false
  if (concern.erasedAt) throw new ConcernErasedError()
  const id = newId('msg')
  await deps.db.transaction(async (tx) => {
    await tx.insert(concernMessagesTable).values({ id, concernId: concern.id, sender: 'resident', bodyCipher: deps.cipher.encrypt(body, CIPHER_CONTEXTS.message(id)), createdAt: now })
    await tx.update(concernsTable).set({ updatedAt: now }).where(eq(concernsTable.id, concern.id))
  })
  await audit(deps, 'concern.message-from-resident', concern.id, trace, now)
  return true
}

/** Everything stored about the concern, for the resident's right of access. */
export async function dataCopy(deps: ResidentDeps, reference: string, code: string, trace: RequestTrace): Promise<ConcernDataCopy | undefined> {
  const now = deps.now()
  const c = await concernForCode(deps.db, deps.followUp, reference, code)
  if (!c) return undefined
  const [[text], [contact], messages, events] = await Promise.all([
    deps.db.select().from(concernTextsTable).where(eq(concernTextsTable.concernId, c.id)),
    deps.db.select().from(concernContactsTable).where(eq(concernContactsTable.concernId, c.id)),
    deps.db.select().from(concernMessagesTable).where(eq(concernMessagesTable.concernId, c.id)).orderBy(asc(concernMessagesTable.createdAt)),
    deps.db.select().from(concernEventsTable).where(eq(concernEventsTable.concernId, c.id)).orderBy(asc(concernEventsTable.createdAt)),
  ])
  const copy: ConcernDataCopy = {
    reference: c.reference,
    createdAt: c.createdAt.toISOString(),
    status: c.status as Status,
    channel: c.channel as Channel,
    domain: c.domain as Domain,
    kinds: c.kinds as Kind[],
    wish: c.wish as Wish,
    decisionDate: c.decisionDate,
    onBehalfOf: c.onBehalfOf,
    description: text ? deps.cipher.decrypt(text.descriptionCipher, CIPHER_CONTEXTS.description(c.id)) : null,
    organisation: text?.organisationCipher ? deps.cipher.decrypt(text.organisationCipher, CIPHER_CONTEXTS.organisation(c.id)) : null,
    contact: contact ? (JSON.parse(deps.cipher.decrypt(contact.detailsCipher, CIPHER_CONTEXTS.contact(c.id))) as Record<string, string>) : null,
    messages: messages.map((m) => ({ from: m.sender, body: deps.cipher.decrypt(m.bodyCipher, CIPHER_CONTEXTS.message(m.id)), sentAt: m.createdAt.toISOString() })),
    notes: events.flatMap((e) => {
      const t = decryptEventText(deps.cipher, e.id, e.textCipher)
      return e.type === 'note' && t.text ? [{ at: e.createdAt.toISOString(), text: t.text }] : []
    }),
    events: events.map((e) => ({ at: e.createdAt.toISOString(), type: e.type })),
  }
  await audit(deps, 'concern.data-copy', c.id, trace, now)
  return copy
}

/** Erases the personal data on the resident's request; codes and dates stay for the anonymous statistics. */
export async function eraseOnRequest(deps: ResidentDeps, reference: string, code: string, trace: RequestTrace): Promise<boolean> {
  const now = deps.now()
  const c = await concernForCode(deps.db, deps.followUp, reference, code)
  if (!c) return false
  if (!c.erasedAt) await erasePersonalData(deps.db, c.id, 'resident-request', now)
  // The erasure is logged without where it came from: that would outlive what it erased.
  await audit(deps, 'concern.erase', c.id, { ...trace, origin: undefined }, now)
  return true
}
