import { bigint, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core'

/**
 * Who did what with which case, when, from where and why — after the Logboek Dataverwerkingen fields
 * (trace_id, span_id, name, status_code, start_time, end_time, processing activity). Never the personal
 * data itself. Append-only: the code has no update or delete, and a trigger refuses both.
 */
export const auditLogTable = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    traceId: text('trace_id').notNull(),
    spanId: text('span_id').notNull(),
    name: text('name').notNull(),
    statusCode: text('status_code').notNull(),
    startTime: timestamp('start_time', { withTimezone: true }).notNull(),
    endTime: timestamp('end_time', { withTimezone: true }).notNull(),
    actorId: text('actor_id'),
    actorRole: text('actor_role').notNull(),
    processingActivity: text('processing_activity').notNull(),
    objectType: text('object_type').notNull(),
    objectId: text('object_id'),
    origin: text('origin'),
  },
  (table) => [index('audit_log_object_idx').on(table.objectId), index('audit_log_start_idx').on(table.startTime)],
)
