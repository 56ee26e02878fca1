import { loadConfig } from '../../config.js'
import { openStore } from '../../store/open-store.js'
import { parseCommandArgs } from '../args.js'

export const MIGRATE_HELP = `Gebruik / Usage: klankbord migrate

Past de databasemigraties toe (dat gebeurt ook bij elke start).
Applies the database migrations (this also happens at every start).`

export async function migrateCommand(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values } = parseCommandArgs(args, {})
  if (values.help) {
    out.write(`${MIGRATE_HELP}\n`)
    return 0
  }
  const config = loadConfig()
  const store = await openStore(config)
  await store.close()
  out.write(`Migraties toegepast / migrations applied (${store.kind === 'postgres' ? 'PostgreSQL' : `PGlite in ${config.dataDir}`}).\n`)
  return 0
}
