import { DataDirLockedError } from '../store/data-dir-lock.js'
import { UsageError } from './args.js'
import { concernsListCommand, CONCERNS_LIST_HELP, ServerUnreachableError } from './commands/concerns-list.js'
import { migrateCommand } from './commands/migrate.js'
import { serveCommand } from './commands/serve.js'

const HELP = `Klankbord: de onafhankelijke vertrouwenspersoon sociaal domein / the independent confidant

Gebruik / Usage: klankbord <opdracht / command> [--help]

  serve [--port N] [--demo]   start de server / start the server
  migrate                     pas databasemigraties toe / apply database migrations
  concerns list               toon meldingen zonder persoonsgegevens / list concerns without personal data

Meer uitleg / more: klankbord <command> --help`

type Command = (args: string[], out: NodeJS.WritableStream) => Promise<number>

const COMMANDS: Record<string, Command> = {
  serve: serveCommand,
  migrate: migrateCommand,
  concerns: async (args, out) => {
    const [sub, ...rest] = args
    if (sub === 'list') return concernsListCommand(rest, out)
    if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
      out.write(`Gebruik / Usage: klankbord concerns list [--help]\n\n${CONCERNS_LIST_HELP}\n`)
      return sub === undefined ? 2 : 0
    }
    throw new UsageError(`Onbekende opdracht / unknown command: concerns ${sub}`)
  },
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
    if (error instanceof DataDirLockedError || error instanceof ServerUnreachableError) {
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
