import { resolve } from 'node:path'
import type { BackupSummary } from '@klankbord/contract'
import { loadConfig } from '../../config.js'
import { loadKeyRing } from '../../security/secret-key.js'
import { writeBackup } from '../../services/backup/write-backup.js'
import { parseCommandArgs, UsageError } from '../args.js'
import { callRunningServer, viaServerOrStore } from '../store-or-server.js'

export const BACKUP_HELP = `Gebruik / Usage: klankbord backup --out BESTAND

Schrijft een back-up van de hele opslag naar BESTAND, ook terwijl de server draait: alles uit één moment.
Versleutelde velden blijven versleuteld. De sleutel zit er NIET in: bewaar klankbord.key (of
KLANKBORD_SECRET_KEY) apart, op een andere plek dan de back-ups. Zonder sleutel is de back-up onleesbaar.
Writes a backup of the whole store to FILE, also while the server runs: everything from one moment.
Encrypted fields stay encrypted. The key is NOT in it: keep klankbord.key (or KLANKBORD_SECRET_KEY)
apart, in another place than the backups. Without the key the backup cannot be read.

  --out BESTAND  het back-upbestand / the backup file (wordt vervangen als het bestaat / replaced if it exists)

Terugzetten / restore: klankbord restore BESTAND. Formaat / format: docs/operations.md.`

export function backupSummaryText(summary: BackupSummary, keyHint: string): string {
  const rows = summary.tables.reduce((n, t) => n + t.rows, 0)
  return [
    `Back-up geschreven / written: ${summary.file} (${summary.bytes} bytes, ${rows} rijen / rows)`,
    ...summary.tables.filter((t) => t.rows > 0).map((t) => `  ${t.name.padEnd(24)} ${t.rows}`),
    '',
    `LET OP / NOTE: de sleutel zit niet in de back-up / the key is not in the backup (sleutel-id / key id ${summary.keyIds.join(', ')}).`,
    `  Bewaar / keep ${keyHint} apart van de back-ups / apart from the backups.`,
    '',
  ].join('\n')
}

export async function backupCommand(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values } = parseCommandArgs(args, { out: { type: 'string' } })
  if (values.help) {
    out.write(`${BACKUP_HELP}\n`)
    return 0
  }
  if (!values.out) throw new UsageError('--out BESTAND is nodig / is required')
  const config = loadConfig()
  const file = resolve(values.out)
  const summary = await viaServerOrStore<BackupSummary>(
    config,
    (lock) => callRunningServer(lock, 'backupLocal', { body: { outFile: file } }),
    (context) => writeBackup(context.store, { file, keys: loadKeyRing(config), now: context.now() }),
  )
  out.write(backupSummaryText(summary, config.secretKey ? 'KLANKBORD_SECRET_KEY' : `${config.dataDir}/klankbord.key`))
  return 0
}
