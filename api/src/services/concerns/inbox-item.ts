import type { InboxItem } from '@klankbord/contract'
import { addDays, lastDayToObject } from '@klankbord/contract/dates'
import type { Channel, ContactMode, Domain, Kind, PartnerKind, Status, Wish } from '@klankbord/contract/vocabulary'
import { and, count, eq, isNull, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { Db } from '../../store/types.js'
import { concernMessagesTable, concernsTable, municipalitiesTable, partnersTable, usersTable } from '../../db/schema/index.js'

/** Days before the objection term ends from which the inbox warns. */
export const OBJECTION_WARNING_DAYS = 14

const assignees = alias(usersTable, 'assignee')

/** Unread messages from the resident, per concern. */
const unread = sql<number>`(select ${count()} from ${concernMessagesTable} where ${and(
  eq(concernMessagesTable.concernId, concernsTable.id),
  eq(concernMessagesTable.sender, 'resident'),
  isNull(concernMessagesTable.readAt),
)})`.mapWith(Number)

/** The columns an inbox row needs, for a select with the joins of `fromInbox`. */
export const inboxColumns = {
  concern: concernsTable,
  municipalityName: municipalitiesTable.name,
  partnerName: partnersTable.name,
  partnerKind: partnersTable.kind,
  assigneeName: assignees.name,
  unread,
}

/** Concerns with their municipality, partner and assignee, ready for `.where()`. */
export function selectInbox(db: Db) {
  return db
    .select(inboxColumns)
    .from(concernsTable)
    .innerJoin(municipalitiesTable, eq(municipalitiesTable.id, concernsTable.municipalityId))
    .leftJoin(partnersTable, eq(partnersTable.id, concernsTable.partnerId))
    .leftJoin(assignees, eq(assignees.id, concernsTable.assigneeId))
}

/** Shape of a row selected with `inboxColumns`. */
export type InboxRow = {
  concern: typeof concernsTable.$inferSelect
  municipalityName: string
  partnerName: string | null
  partnerKind: string | null
  assigneeName: string | null
  unread: number
}

export function toInboxItem(row: InboxRow, today: string): InboxItem {
  const c = row.concern
  const objectionDeadline = c.decisionDate ? lastDayToObject(c.decisionDate) : null
  return {
    id: c.id,
    reference: c.reference,
    municipality: { id: c.municipalityId, name: row.municipalityName },
    partner: c.partnerId && row.partnerName ? { id: c.partnerId, name: row.partnerName, kind: row.partnerKind as PartnerKind } : null,
    channel: c.channel as Channel,
    domain: c.domain as Domain,
    kinds: c.kinds as Kind[],
    wish: c.wish as Wish,
    status: c.status as Status,
    contactMode: c.contactMode as ContactMode,
    onBehalfOf: c.onBehalfOf,
    assignee: c.assigneeId && row.assigneeName ? { id: c.assigneeId, name: row.assigneeName } : null,
    createdAt: c.createdAt.toISOString(),
    firstContactBy: c.firstContactBy,
    firstContactAt: c.firstContactAt?.toISOString() ?? null,
    overdue: c.firstContactAt === null && c.status !== 'closed' && c.firstContactBy < today,
    decisionDate: c.decisionDate,
    objectionDeadline,
    unreadMessages: row.unread,
    erased: c.erasedAt !== null,
  }
}

export const objectionWarningUntil = (today: string) => addDays(today, OBJECTION_WARNING_DAYS)
