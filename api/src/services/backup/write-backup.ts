import { createHash } from 'node:crypto'
import { closeSync, createReadStream, createWriteStream, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import { sql } from 'drizzle-orm'
import type { KeyRing } from '../../security/key-ring.js'
import { executeRows } from '../../store/execute-rows.js'
import { countOutdated } from '../keys/reencrypt.js'
import { migrationLevel } from '../../store/migration-level.js'
import type { Store } from '../../store/types.js'
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BackupFileError, type BackupHeader } from './backup-format.js'
import { backupTables, quotedTable } from './backup-tables.js'

const BATCH = 1000

/** Opens a file beside the backup; a folder that is missing or not writable is the operator's to fix, so say which. */
function openForBackup(path: string, file: string): number {
  try {
    return openSync(path, 'w', 0o600)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error'
    throw new BackupFileError(`Kan ${file} niet schrijven / cannot write ${file} (${code})`)
  }
}

export type BackupSummary = { file: string; createdAt: string; tables: { name: string; rows: number }[]; bytes: number; keyIds: string[] }

/**
 * Writes every table to `file` from one snapshot (REPEATABLE READ, read only): writers go on meanwhile and the
 * backup shows the store as it was at one moment. Encrypted fields are copied as ciphertext; the key is not in it.
 * The file appears under its name only when complete.
 */
export async function writeBackup(store: Store, options: { file: string; keys: KeyRing; now: Date }): Promise<BackupSummary> {
  const tables = backupTables()
  const payloadFile = `${options.file}.payload-${process.pid}`
  const partialFile = `${options.file}.partial-${process.pid}`
  const hash = createHash('sha256')
  let bytes = 0
  let lines = 0
  const counts: BackupHeader['tables'] = []
  const payload = openForBackup(payloadFile, options.file)
  try {
    const { level: migration, keyIds } = await store.db.transaction(
      async (tx) => {
        for (const table of tables) {
          const name = quotedTable(table.name, tables)
          let rows = 0
          await tx.execute(sql.raw(`declare klankbord_backup no scroll cursor for select row_to_json(t)::text as r from ${name} t`))
          for (;;) {
            const batch = await executeRows(tx, sql.raw(`fetch ${BATCH} from klankbord_backup`))
            if (batch.length === 0) break
            const text = batch.map((row) => `{"t":${JSON.stringify(table.name)},"r":${row.r as string}}\n`).join('')
            const chunk = Buffer.from(text, 'utf8')
            writeSync(payload, chunk)
            hash.update(chunk)
            bytes += chunk.length
            rows += batch.length
          }
          await tx.execute(sql.raw('close klankbord_backup'))
          lines += rows
          counts.push({ name: table.name, rows, columns: [...table.columns] })
        }
        // After a finished rotation only the current key is needed; while fields remain under an older one, every key is.
        const keyIds = (await countOutdated(tx, options.keys)) > 0 ? options.keys.ids() : [options.keys.current().id]
        return { level: await migrationLevel(tx), keyIds }
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    )
    fsyncSync(payload)
    closeSync(payload)
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: options.now.toISOString(),
      store: store.kind,
      migration,
      keyIds,
      tables: counts,
      payload: { lines, bytes, sha256: hash.digest('hex') },
    }
    const out = openForBackup(partialFile, options.file)
    writeSync(out, `${JSON.stringify(header)}\n`)
    closeSync(out)
    await pipeline(createReadStream(payloadFile), createWriteStream(partialFile, { flags: 'a' }))
    const synced = openSync(partialFile, 'r')
    fsyncSync(synced)
    closeSync(synced)
    renameSync(partialFile, options.file)
    return { file: options.file, createdAt: header.createdAt, tables: counts.map(({ name, rows }) => ({ name, rows })), bytes, keyIds }
  } finally {
    try {
      closeSync(payload)
    } catch {
      // already closed after a complete write
    }
    rmSync(payloadFile, { force: true })
    rmSync(partialFile, { force: true })
  }
}
