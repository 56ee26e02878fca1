import { JobBusyError } from '../services/scheduling/errors.js'
import { DataDirLockedError } from '../store/data-dir-lock.js'
import { BackupFileError } from '../services/backup/backup-format.js'
import { UsageError } from './args.js'
import { backupCommand } from './commands/backup.js'
import { keysRotateCommand, KEYS_ROTATE_HELP } from './commands/keys-rotate.js'
import { concernsListCommand, CONCERNS_LIST_HELP } from './commands/concerns-list.js'
import { pipelineCommand } from './commands/pipeline.js'
import { redactCommand } from './commands/redact.js'
import { posterCommand } from './commands/poster.js'
import { reportCommand } from './commands/report.js'
import { restoreCommand } from './commands/restore.js'
import { retentionRunCommand, RETENTION_HELP } from './commands/retention-run.js'
import { seedCommand } from './commands/seed.js'
import { userAddCommand, USER_ADD_HELP } from './commands/user-add.js'
import { ServerUnreachableError } from './store-or-server.js'
import { migrateCommand } from './commands/migrate.js'
import { serveCommand } from './commands/serve.js'

const HELP = `Klankbord: de onafhankelijke vertrouwenspersoon sociaal domein / the independent confidant

Gebruik / Usage: klankbord <opdracht / command> [--help]

  serve [--port N] [--demo]   start de server / start the server
  migrate                     pas databasemigraties toe / apply database migrations
  concerns list               toon meldingen zonder persoonsgegevens / list concerns without personal data
  user add --email E --role R maak een account, toont een eenmalige link / create an account, prints a one-time link
  retention run [--dry-run]   wis persoonsgegevens na de bewaartermijn / erase personal data after retention
  pipeline [--out MAP]        maak de anonieme cijfers / make the anonymous statistics
  report --year JJJJ          maak het jaarverslag (PDF) / make the annual report (PDF)
  poster --partner SLEUTEL    maak een poster of flyer (PDF) / make a poster or flyer (PDF)
  redact < in.jsonl           vervang persoonsgegevens in tekst / redact personal data in text (JSON lines)
  seed --concerns N           vul de opslag met testgegevens / fill the store with synthetic test data
  backup --out BESTAND        back-up van de opslag, ook terwijl de server draait / back up the store, also while serving
  restore BESTAND             zet een back-up terug in een lege opslag / restore a backup into an empty store
  keys rotate                 versleutel alles onder een nieuwe sleutel / re-encrypt everything under a new key

Meer uitleg / more: klankbord <command> --help`

type Command = (args: string[], out: NodeJS.WritableStream) => Promise<number>

/** A command with one subcommand, such as `concerns list`: the group alone or with --help explains the subcommand. */
function group(name: string, sub: string, run: Command, help: string): Command {
  return async (args, out) => {
    const [first, ...rest] = args
    if (first === sub) return run(rest, out)
    if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
      out.write(`Gebruik / Usage: klankbord ${name} ${sub} [--help]\n\n${help}\n`)
      return first === undefined ? 2 : 0
    }
    throw new UsageError(`Onbekende opdracht / unknown command: ${name} ${first}`)
  }
}

const COMMANDS: Record<string, Command> = {
  serve: serveCommand,
  migrate: migrateCommand,
  concerns: group('concerns', 'list', concernsListCommand, CONCERNS_LIST_HELP),
  user: group('user', 'add', userAddCommand, USER_ADD_HELP),
  retention: group('retention', 'run', retentionRunCommand, RETENTION_HELP),
  redact: (args, out) => redactCommand(args, out),
  pipeline: pipelineCommand,
  report: reportCommand,
  poster: posterCommand,
  seed: (args, out) => seedCommand(args, out),
  backup: backupCommand,
  restore: restoreCommand,
  keys: group('keys', 'rotate', keysRotateCommand, KEYS_ROTATE_HELP),
}

/** Runs one command; returns the exit code. Expected failures print a plain message, not a stack trace. */
export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const [name, ...args] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    out.write(`${HELP}\n`)
    return name === undefined ? 2 : 0
  }
  const command = COMMANDS[name]
  if (!command) {
    err.write(`Onbekende opdracht / unknown command: ${name}\n\n${HELP}\n`)
    return 2
  }
  try {
    return await command(args, out)
  } catch (error) {
    if (error instanceof UsageError) {
      err.write(`${error.message}\nZie / see: klankbord ${name} --help\n`)
      return 2
    }
    if (error instanceof DataDirLockedError || error instanceof ServerUnreachableError || error instanceof JobBusyError || error instanceof BackupFileError) {
      err.write(`${error.message}\n`)
      return 1
    }
    // Configuration and start-up errors are for a person at a terminal: the message, and the stack only on request.
    const debug = process.env.LOG_LEVEL === 'debug' || process.env.LOG_LEVEL === 'trace'
    err.write(`Fout / error: ${error instanceof Error ? error.message : String(error)}\n`)
    if (debug && error instanceof Error) err.write(`${error.stack}\n`)
    else err.write('(LOG_LEVEL=debug toont details / shows details)\n')
    return 1
  }
}
