import { bigint, bigserial, customType, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core'

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' })

/**
 * Attempts per key in a fixed window, counted in one statement per hit (http/store-rate-limit.ts), so several
 * instances share one count. The key is a keyed hash of the scope and the client address, never the address itself.
 */
export const rateLimitsTable = pgTable(
  'rate_limits',
  {
    key: text('key').primaryKey(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    hits: integer('hits').notNull(),
  },
  (t) => [index('rate_limits_window_start_idx').on(t.windowStart)],
)

/**
 * One row per scheduled job: who holds it and until when (a lease), and the last night it was done. An owner
 * renews its lease while it works; a crashed owner's lease runs out and another instance takes the job.
 */
export const jobLeasesTable = pgTable('job_leases', {
  job: text('job').primaryKey(),
  owner: text('owner'),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  donePeriod: text('done_period'),
})

/** Every run of a job: when, by which instance, and how it ended; the error is its type name only, never its message. */
export const jobRunsTable = pgTable(
  'job_runs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    job: text('job').notNull(),
    owner: text('owner').notNull(),
    period: text('period'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    result: text('result', { enum: ['running', 'succeeded', 'failed'] }).notNull(),
    error: text('error'),
  },
  (t) => [index('job_runs_job_started_idx').on(t.job, t.startedAt)],
)

/**
 * The published statistics (the pipeline's files), one version shared by every instance. A publication and its
 * files are written in one transaction, so the newest row is always complete: inserting it is the switch.
 */
export const publicationsTable = pgTable('publications', {
  version: bigserial('version', { mode: 'number' }).primaryKey(),
  publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
})

export const publicationFilesTable = pgTable(
  'publication_files',
  {
    version: bigint('version', { mode: 'number' })
      .notNull()
      .references(() => publicationsTable.version, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** The file's time as the pipeline wrote it: "published at" of its table, the same on every instance. */
    modifiedAt: timestamp('modified_at', { withTimezone: true }).notNull(),
    bytes: bytea('bytes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.version, t.name] })],
)
