import { integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core'

export type MunicipalitySettings = {
  confidantName: string
  confidantPhone: string
  walkInHours: string
  privacyStatementUrl: string
  firstContactWorkingDays: number
  /** Shown to the resident once the concern is closed; added later, so rows from before may lack them (no migration: jsonb). */
  complaintProcedureUrl?: string
  ombudsman?: { name: string; url: string }
}

export const municipalitiesTable = pgTable('municipalities', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** Months after closing that personal data of a case is kept. */
  retentionMonths: integer('retention_months').notNull().default(12),
  settings: jsonb('settings').$type<MunicipalitySettings>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
})
