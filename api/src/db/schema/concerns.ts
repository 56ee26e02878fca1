import { CHANNELS, CONTACT_MODES, DOMAINS, KINDS, LOCALES, OUTCOMES, STATUSES, SUPPORT_GIVEN, WISHES } from '@klankbord/contract/vocabulary'
import { sql } from 'drizzle-orm'
import { bigint, boolean, check, date, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { allOf, oneOf } from './check.js'
import { municipalitiesTable } from './municipalities.js'
import { partnersTable } from './partners.js'
import { STATISTICS_RECORD_SQL } from './statistics-record.js'
import { usersTable } from './users.js'

/** The statistical record of a concern: codes and dates only. Personal data lives in the encrypted tables beside it. */
export const concernsTable = pgTable(
  'concerns',
  {
    id: text('id').primaryKey(),
    reference: text('reference').notNull().unique(),
    municipalityId: text('municipality_id')
      .notNull()
      .references(() => municipalitiesTable.id),
    partnerId: text('partner_id').references(() => partnersTable.id),
    channel: text('channel').notNull(),
    domain: text('domain').notNull(),
    kinds: text('kinds').array().notNull(),
    wish: text('wish').notNull(),
    decisionDate: date('decision_date', { mode: 'string' }),
    onBehalfOf: boolean('on_behalf_of').notNull(),
    locale: text('locale').notNull(),
    contactMode: text('contact_mode').notNull(),
    status: text('status').notNull().default('new'),
    followUpHash: text('follow_up_hash').notNull(),
    firstContactBy: date('first_contact_by', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    assigneeId: text('assignee_id').references(() => usersTable.id),
    supportGiven: text('support_given').array().notNull().default([]),
    outcome: text('outcome'),
    firstContactAt: timestamp('first_contact_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** Set when retention or the resident's request erased the personal data; the codes and dates stay. */
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    /** A short number for the statistics pipeline, which uses it to replace changed rows: fewer digits to copy than the id. */
    statisticsId: bigint('statistics_id', { mode: 'number' }).generatedAlwaysAsIdentity(),
    /** What the statistics extract copies: the fields above as numbers in one line (statistics-record.ts). */
    statisticsRecord: text('statistics_record')
      .notNull()
      .generatedAlwaysAs(sql.raw(STATISTICS_RECORD_SQL)),
  },
  (table) => [
    index('concerns_created_at_idx').on(table.createdAt),
    index('concerns_municipality_status_idx').on(table.municipalityId, table.status),
    // The statistics pipeline extracts what changed since its last run; without this it reads every row each night.
    index('concerns_updated_at_idx').on(table.updatedAt),
    check('concerns_channel_check', oneOf(table.channel, CHANNELS)),
    check('concerns_domain_check', oneOf(table.domain, DOMAINS)),
    check('concerns_kinds_check', allOf(table.kinds, KINDS)),
    check('concerns_wish_check', oneOf(table.wish, WISHES)),
    check('concerns_locale_check', oneOf(table.locale, LOCALES)),
    check('concerns_contact_mode_check', oneOf(table.contactMode, CONTACT_MODES)),
    check('concerns_status_check', oneOf(table.status, STATUSES)),
    check('concerns_support_given_check', allOf(table.supportGiven, SUPPORT_GIVEN)),
    check('concerns_outcome_check', oneOf(table.outcome, OUTCOMES)),
  ],
)
