import type { AppDeps } from '../../app-deps.js'
import { writeBackup } from '../../services/backup/write-backup.js'
import type { OperationHandler } from '../operation-handler.js'

/** `backupLocal`: `klankbord backup` through the server that holds the embedded store; the snapshot is read here. */
export const localBackupHandler = (deps: AppDeps): OperationHandler<'backupLocal'> => async (c, { body }) => {
  const { outFile } = await body()
  return c.json(await writeBackup(deps.store, { file: outFile, keys: deps.keys, now: deps.now() }))
}
