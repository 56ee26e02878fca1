import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BackupFileError, BackupHeader, BackupLine } from './backup-format.js'

const corrupt = (file: string, why: string) =>
  new BackupFileError(
    `Het back-upbestand ${file} is beschadigd of onvolledig (${why}); er is niets teruggezet.\n` +
      `The backup file ${file} is damaged or incomplete (${why}); nothing was restored.`,
  )

/**
 * Reads the header and checks the whole payload against it (length, line count, SHA-256) before a restore writes
 * anything: a truncated copy or a flipped bit is refused here with a message that says so.
 */
export async function verifyBackup(file: string): Promise<BackupHeader> {
  const hash = createHash('sha256')
  let headerBytes: Buffer[] = []
  let headerDone = false
  let bytes = 0
  let lines = 0
  let lastByte = -1
  try {
    for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
      let rest = chunk
      if (!headerDone) {
        const end = chunk.indexOf(0x0a)
        if (end === -1) {
          headerBytes.push(chunk)
          continue
        }
        headerBytes.push(chunk.subarray(0, end))
        headerDone = true
        rest = chunk.subarray(end + 1)
      }
      hash.update(rest)
      bytes += rest.length
      for (const byte of rest) if (byte === 0x0a) lines++
      if (rest.length) lastByte = rest[rest.length - 1]!
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new BackupFileError(`Kan ${file} niet lezen / cannot read ${file}${code ? ` (${code})` : ''}`)
  }
  if (!headerDone) throw corrupt(file, 'no header line')
  let header: BackupHeader
  try {
    const raw = JSON.parse(Buffer.concat(headerBytes).toString('utf8')) as { format?: unknown; formatVersion?: unknown }
    if (raw.format !== BACKUP_FORMAT) throw corrupt(file, 'not a Klankbord backup')
    if (typeof raw.formatVersion === 'number' && raw.formatVersion > BACKUP_FORMAT_VERSION)
      throw new BackupFileError(
        `Deze back-up heeft formaat ${raw.formatVersion}; deze versie van Klankbord kent formaat ${BACKUP_FORMAT_VERSION}. Werk Klankbord eerst bij.\n` +
          `This backup has format ${raw.formatVersion}; this version of Klankbord knows format ${BACKUP_FORMAT_VERSION}. Upgrade Klankbord first.`,
      )
    header = BackupHeader.parse(raw)
  } catch (error) {
    if (error instanceof BackupFileError) throw error
    throw corrupt(file, 'unreadable header')
  }
  headerBytes = []
  if (bytes !== header.payload.bytes) throw corrupt(file, `${bytes} of ${header.payload.bytes} bytes`)
  if (lines !== header.payload.lines || (lines > 0 && lastByte !== 0x0a)) throw corrupt(file, `${lines} of ${header.payload.lines} rows`)
  if (hash.digest('hex') !== header.payload.sha256) throw corrupt(file, 'checksum differs')
  return header
}

/** The payload rows in file order; call after verifyBackup. */
export async function* backupRows(file: string): AsyncGenerator<BackupLine> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity })
  let first = true
  for await (const line of lines) {
    if (first) {
      first = false
      continue
    }
    const parsed = BackupLine.safeParse(JSON.parse(line))
    if (!parsed.success) throw corrupt(file, 'a row is not { t, r }')
    yield parsed.data as BackupLine
  }
}
