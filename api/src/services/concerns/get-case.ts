import type { CaseDetail, CaseEvent } from '@klankbord/contract'
import type { ContactKind, ContactParty, EventType, Locale, OrganisationKind, Outcome, Status, SupportGiven } from '@klankbord/contract/vocabulary'
import { and, asc, eq, inArray, isNull } from 'drizzle-orm'
import { concernContactsTable, concernEventsTable, concernMessagesTable, concernTextsTable, usersTable } from '../../db/schema/index.js'
import { CIPHER_CONTEXTS } from '../../security/cipher-contexts.js'
import { amsterdamDate } from '../shared/amsterdam-date.js'
import { auditCase } from '../shared/audit/audit-case.js'
import type { ServiceContext, StaffContext } from '../shared/service-context.js'
import { decryptEventText } from './event-text.js'
import { selectInbox, toInboxItem } from './inbox-item.js'
import { caseInScope } from './scope.js'

async function timeline(context: ServiceContext, concernId: string): Promise<{ events: CaseEvent[]; minutes: number }> {
  const { db } = context.store
  const [events, messages] = await Promise.all([
    db.select().from(concernEventsTable).where(eq(concernEventsTable.concernId, concernId)).orderBy(asc(concernEventsTable.createdAt)),
    db.select().from(concernMessagesTable).where(eq(concernMessagesTable.concernId, concernId)).orderBy(asc(concernMessagesTable.createdAt)),
  ])
  const userIds = [...new Set([...events.map((e) => e.actorId), ...events.map((e) => e.data.assigneeId), ...messages.map((m) => m.authorId)].filter((id): id is string => !!id))]
  const names = new Map((userIds.length ? await db.select({ id: usersTable.id, name: usersTable.name }).from(usersTable).where(inArray(usersTable.id, userIds)) : []).map((u) => [u.id, u.name]))
  const person = (id: string | null | undefined) => (id ? { id, name: names.get(id) ?? '?' } : null)
  let minutes = 0
  const out: CaseEvent[] = events.map((e) => {
    const text = decryptEventText(context.cipher, e.id, e.textCipher)
    const d = e.data
    minutes += d.minutes ?? 0
    return {
      id: e.id,
      type: e.type as EventType,
      at: e.createdAt.toISOString(),
      actor: person(e.actorId),
      ...(d.from ? { from: d.from as Status } : {}),
      ...(d.to ? { to: d.to as Status } : {}),
      ...(text.text ? { text: text.text } : {}),
      ...(text.organisation ? { organisation: text.organisation } : {}),
      ...(d.contactKind ? { contactKind: d.contactKind as ContactKind } : {}),
      ...(d.party ? { party: d.party as ContactParty } : {}),
      ...(d.organisationKind ? { organisationKind: d.organisationKind as OrganisationKind } : {}),
      ...(d.consent !== undefined ? { consent: d.consent } : {}),
      ...(d.minutes !== undefined ? { minutes: d.minutes } : {}),
      ...(e.type === 'assigned' ? { assignee: person(d.assigneeId) } : {}),
    }
  })
  for (const m of messages)
    out.push({
      id: m.id,
      type: 'message',
      at: m.createdAt.toISOString(),
      actor: person(m.authorId),
      sender: m.sender,
      text: context.cipher.decrypt(m.bodyCipher, CIPHER_CONTEXTS.message(m.id)),
    })
  out.sort((a, b) => a.at.localeCompare(b.at))
  return { events: out, minutes }
}

/**
 * A case with everything the resident wrote, decrypted for the confidant. Every call is recorded in the
 * audit log, and opening the case marks the resident's messages as read.
 */
export async function getCase(context: StaffContext, concernId: string): Promise<CaseDetail | undefined> {
  const { db } = context.store
  const startTime = context.now()
  const [row] = await selectInbox(db).where(caseInScope(context.user, concernId)).limit(1)
  if (!row) return undefined
  const c = row.concern
  const [[text], [contact], history] = await Promise.all([
    db.select().from(concernTextsTable).where(eq(concernTextsTable.concernId, c.id)),
    db.select().from(concernContactsTable).where(eq(concernContactsTable.concernId, c.id)),
    timeline(context, c.id),
  ])
  const created: CaseEvent = { id: `${c.id}-created`, type: 'created', at: c.createdAt.toISOString(), actor: null }
  const detail: CaseDetail = {
    item: toInboxItem(row, amsterdamDate(startTime)),
    locale: c.locale as Locale,
    description: text ? context.cipher.decrypt(text.descriptionCipher, CIPHER_CONTEXTS.description(c.id)) : null,
    organisation: text?.organisationCipher ? context.cipher.decrypt(text.organisationCipher, CIPHER_CONTEXTS.organisation(c.id)) : null,
    contact: contact ? JSON.parse(context.cipher.decrypt(contact.detailsCipher, CIPHER_CONTEXTS.contact(c.id))) : c.erasedAt ? null : { mode: 'none' },
    supportGiven: c.supportGiven as SupportGiven[],
    outcome: (c.outcome as Outcome | null) ?? null,
    closedAt: c.closedAt?.toISOString() ?? null,
    minutesSpent: history.minutes,
    events: [created, ...history.events],
    mailConfigured: context.mailer !== undefined,
  }
  await auditCase(context, 'concern.read', c.id, startTime)
  if (row.unread > 0)
    await db
      .update(concernMessagesTable)
      .set({ readAt: context.now() })
      .where(and(eq(concernMessagesTable.concernId, c.id), eq(concernMessagesTable.sender, 'resident'), isNull(concernMessagesTable.readAt)))
  return detail
}
