import { type InboxList, InboxQuery } from '@klankbord/contract'
import type * as z from 'zod'
import { addDays } from '@klankbord/contract/dates'
import { STATUSES, type Status } from '@klankbord/contract/vocabulary'
import { and, arrayContains, count, desc, eq, gte, ilike, isNotNull, isNull, lt, lte, max, ne, sql, type SQL } from 'drizzle-orm'
import type { SignedInUser } from '../../auth/auth-context.js'
import { concernsTable } from '../../db/schema/index.js'
import { amsterdamDate } from '../shared/amsterdam-date.js'
import type { StaffContext } from '../shared/service-context.js'
import { objectionWarningUntil, selectInbox, toInboxItem } from './inbox-item.js'
import { inScope } from './scope.js'

export type InboxFilters = z.output<typeof InboxQuery>

const OBJECTION_TERM_DAYS = 42
const HOLIDAY_SLACK_DAYS = 4

/** Untouched concerns on top, then the newest: what needs a first look comes first. */
const NEW_FIRST = sql`(${concernsTable.status} = 'new') desc`

function conditions(user: SignedInUser, f: InboxFilters, today: string): SQL[] {
  const out: SQL[] = [inScope(user)]
  if (f.status) out.push(eq(concernsTable.status, f.status))
  if (f.domain) out.push(eq(concernsTable.domain, f.domain))
  if (f.kind) out.push(arrayContains(concernsTable.kinds, [f.kind]))
  if (f.partner) out.push(eq(concernsTable.partnerId, f.partner))
  if (f.assignee === 'none') out.push(isNull(concernsTable.assigneeId))
  else if (f.assignee) out.push(eq(concernsTable.assigneeId, f.assignee))
  if (f.reference) out.push(ilike(concernsTable.reference, `%${f.reference.replace(/[%_\\]/g, '')}%`))
  if (f.overdue) out.push(isNull(concernsTable.firstContactAt), ne(concernsTable.status, 'closed'), lt(concernsTable.firstContactBy, today))
  if (f.objectionSoon) {
    // The objection term ends 6 weeks after the decision (Awb 6:7), moved past weekends and holidays (Algemene termijnenwet),
    // which adds at most a few days: those are let in here, and each row shows the exact last day.
    const ends = sql`(${concernsTable.decisionDate} + ${OBJECTION_TERM_DAYS}::integer)`
    out.push(isNotNull(concernsTable.decisionDate), ne(concernsTable.status, 'closed'), gte(ends, sql`${addDays(today, -HOLIDAY_SLACK_DAYS)}::date`), lte(ends, sql`${objectionWarningUntil(today)}::date`))
  }
  return out
}

/** The inbox: new concerns first, then newest first; filtered, with counts per status over everything the user may see. */
export async function listInbox(context: StaffContext, filters: InboxFilters): Promise<InboxList> {
  const { db } = context.store
  const { user } = context
  const today = amsterdamDate(context.now())
  const where = and(...conditions(user, filters, today))
  const [rows, [{ total } = { total: 0 }], perStatus, version] = await Promise.all([
    selectInbox(db).where(where).orderBy(NEW_FIRST, desc(concernsTable.createdAt), desc(concernsTable.id)).limit(filters.limit).offset(filters.offset),
    db.select({ total: count() }).from(concernsTable).where(where),
    db.select({ status: concernsTable.status, n: count() }).from(concernsTable).where(inScope(user)).groupBy(concernsTable.status),
    inboxVersion(context),
  ])
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>
  for (const row of perStatus) counts[row.status as Status] = row.n
  return { items: rows.map((row) => toInboxItem(row, today)), total, counts, version }
}

/** Changes whenever a concern in scope is added or changed: cheap enough to poll every few seconds. */
export async function inboxVersion(context: StaffContext): Promise<string> {
  const [row] = await context.store.db.select({ n: count(), last: max(concernsTable.updatedAt) }).from(concernsTable).where(inScope(context.user))
  return `${row?.n ?? 0}-${row?.last ? new Date(row.last).getTime() : 0}`
}
