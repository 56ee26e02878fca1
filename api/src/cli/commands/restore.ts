import { resolve } from 'node:path'
import { loadConfig } from '../../config.js'
import { findSecretKey, loadKeyRing } from '../../security/secret-key.js'
import { BackupFileError } from '../../services/backup/backup-format.js'
import { restoreBackup } from '../../services/backup/restore-backup.js'
import { activeLock } from '../../store/data-dir-lock.js'
import { openStore } from '../../store/open-store.js'
import { parseCommandArgs, UsageError } from '../args.js'

export const RESTORE_HELP = `Gebruik / Usage: klankbord restore BESTAND

Zet een back-up (van klankbord backup) terug in een LEGE opslag: een nieuwe datamap (KLANKBORD_DATA_DIR) of
een nieuwe database (DATABASE_URL); van PGlite naar PostgreSQL en terug kan ook. Een opslag met gegevens wordt
geweigerd: er is geen overschrijven. Zet eerst de sleutel van de back-up neer (klankbord.key in de datamap, of
KLANKBORD_SECRET_KEY); stop de server die de datamap gebruikt. Het bestand wordt eerst helemaal gecontroleerd
(controlegetal, aantallen); een beschadigd of onvolledig bestand wordt geweigerd.
Restores a backup (from klankbord backup) into an EMPTY store: a new data directory or a new database; from
PGlite to PostgreSQL and back works too. A store holding data is refused: there is no overwrite. Put the
backup's key in place first (klankbord.key in the data directory, or KLANKBORD_SECRET_KEY); stop the server that
uses the data directory. The file is checked completely first (checksum, counts); a damaged or incomplete file
is refused.`

export async function restoreCommand(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {}, true)
  if (values.help) {
    out.write(`${RESTORE_HELP}\n`)
    return 0
  }
  if (positionals.length !== 1) throw new UsageError('Geef één back-upbestand / give one backup file')
  const file = resolve(positionals[0]!)
  const config = loadConfig()
  if (!config.databaseUrl && activeLock(config.dataDir))
    throw new BackupFileError(
      `De server gebruikt ${config.dataDir} nog; stop hem eerst, of zet terug in een nieuwe datamap.\n` +
        `The server still uses ${config.dataDir}; stop it first, or restore into a new data directory.`,
    )
  if (!findSecretKey({ secretKey: config.secretKey, dataDir: config.dataDir }))
    throw new BackupFileError(
      `Geen sleutel: zet de klankbord.key van de back-up in ${config.dataDir} (chmod 600), of zet KLANKBORD_SECRET_KEY.\n` +
        `No key: put the backup's klankbord.key in ${config.dataDir} (chmod 600), or set KLANKBORD_SECRET_KEY.`,
    )
  const store = await openStore(config)
  try {
    const summary = await restoreBackup(store, file, { storeKeyIds: loadKeyRing(config).ids() })
    const rows = summary.tables.reduce((n, t) => n + t.rows, 0)
    out.write(`Teruggezet / restored: ${rows} rijen / rows uit / from ${file} (gemaakt / made ${summary.createdAt})\n`)
    return 0
  } finally {
    await store.close()
  }
}
