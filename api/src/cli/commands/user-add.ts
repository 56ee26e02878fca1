import { ROLES } from '@klankbord/contract/vocabulary'
import { loadConfig } from '../../config.js'
import { addUserFromCli, type CliUserRequest } from '../../services/users/add-user-from-cli.js'
import { parseCommandArgs, UsageError } from '../args.js'
import { callRunningServer, viaServerOrStore } from '../store-or-server.js'

export const USER_ADD_HELP = `Gebruik / Usage: klankbord user add --email E --role R [--name N] [--municipality ID ...] [--url URL]

Maakt een account en toont een eenmalige link (7 dagen geldig) om een wachtwoord te kiezen en
tweestapsverificatie in te stellen. Zo maakt u de eerste beheerder.
Creates an account and prints a one-time link (valid 7 days) to set a password and two-factor
authentication. This is how the first administrator is made.

  --email E          e-mailadres / e-mail address
  --role R           ${ROLES.join(' | ')}
  --name N           naam / name (standaard het deel voor de @ / default: the part before the @)
  --municipality ID  gemeente(n) / municipality ids (herhaalbaar / repeatable; bij één gemeente niet nodig)
  --url URL          adres van de server in de link / server address in the link
                     (standaard KLANKBORD_PUBLIC_URL, anders de draaiende server / default: the running server)`

export async function userAddCommand(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values } = parseCommandArgs(args, {
    email: { type: 'string' },
    role: { type: 'string' },
    name: { type: 'string' },
    municipality: { type: 'string', multiple: true },
    url: { type: 'string' },
  })
  if (values.help) {
    out.write(`${USER_ADD_HELP}\n`)
    return 0
  }
  if (!values.email || !/^[^\s@]+@[^\s@]+$/.test(values.email)) throw new UsageError('--email is nodig / is required (naam@voorbeeld.nl)')
  if (!values.role || !(ROLES as readonly string[]).includes(values.role)) throw new UsageError(`--role: ${ROLES.join(' | ')}`)
  const config = loadConfig()
  const request = (baseUrl: string): CliUserRequest => ({ email: values.email!, role: values.role!, name: values.name, municipalityIds: values.municipality, baseUrl })
  const fallbackUrl = values.url ?? config.publicUrl
  const created = await viaServerOrStore(
    config,
    (lock) => callRunningServer(lock, 'addUserLocal', { body: request(fallbackUrl ?? lock.controlUrl!) }),
    (context) => addUserFromCli(context, request(fallbackUrl ?? `http://localhost:${config.port}`)),
  )
  out.write(
    [
      `Account gemaakt / account created: ${created.email} (${created.role})`,
      '',
      'Eenmalige link, 7 dagen geldig; geef die alleen aan deze persoon / one-time link, valid 7 days; give it only to this person:',
      `  ${created.setupUrl}`,
      '',
    ].join('\n'),
  )
  return 0
}
