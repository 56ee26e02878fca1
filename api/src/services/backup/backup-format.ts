import * as z from 'zod'

/** Raised when a backup file cannot be restored; the message is for the operator, in Dutch and English. */
export class BackupFileError extends Error {}

export const BACKUP_FORMAT = 'klankbord-backup'
/** Raise when the file's layout changes; a restore refuses a newer version than it knows. */
export const BACKUP_FORMAT_VERSION = 1

/**
 * The first line of a backup file. The lines after it are `{"t":table,"r":row}`, tables in restore order;
 * `payload` describes exactly those bytes, so a truncated or altered file is refused before anything is written.
 */
export const BackupHeader = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.int().min(1),
  createdAt: z.iso.datetime(),
  store: z.enum(['pglite', 'postgres']),
  migration: z.object({ count: z.int().min(0), tag: z.string().nullable() }),
  /** The key ids (never the keys) the encrypted fields need: back the key file up apart. */
  keyIds: z.array(z.string().regex(/^[0-9a-f]{8}$/)).min(1),
  tables: z.array(z.object({ name: z.string(), rows: z.int().min(0), columns: z.array(z.string()) })),
  payload: z.object({ lines: z.int().min(0), bytes: z.int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
})
export type BackupHeader = z.infer<typeof BackupHeader>

/** One row of the payload: the table's name and the row as PostgreSQL's row_to_json wrote it. */
export const BackupLine = z.object({ t: z.string(), r: z.record(z.string(), z.unknown()) })
export type BackupLine = z.infer<typeof BackupLine>
