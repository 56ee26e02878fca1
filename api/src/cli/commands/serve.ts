import { API_ROOT, operationPath } from '@klankbord/contract/api-path'
import { loadConfig } from '../../config.js'
import { createLog } from '../../log.js'
import { startServer } from '../../server.js'
import { systemContext } from '../../services/shared/service-context.js'
import { hasUsers } from '../../services/users/has-users.js'
import { parseCommandArgs, parsePositiveInt } from '../args.js'

export const SERVE_HELP = `Gebruik / Usage: klankbord serve [--port N] [--host H] [--demo]

Start de API, de widget en (met --demo) de demopagina's.
Starts the API, the widget and (with --demo) the demo pages.

  --port N   poort / port (standaard PORT of 4000; 0 = een vrije poort / any free port)
  --host H   adres / address to listen on (standaard HOST of 127.0.0.1)
  --demo     maak een demogemeente en partners 'demo' en 'demo-zorg' als de opslag leeg is
             creates a demo municipality and partners 'demo' and 'demo-zorg' on an empty store

Opslag / store: PGlite in KLANKBORD_DATA_DIR (./data), of PostgreSQL met DATABASE_URL.`

export async function serveCommand(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values } = parseCommandArgs(args, { port: { type: 'string' }, host: { type: 'string' }, demo: { type: 'boolean' } })
  if (values.help) {
    out.write(`${SERVE_HELP}\n`)
    return 0
  }
  const base = loadConfig()
  const config = loadConfig(process.env, { port: parsePositiveInt(values.port, 'port', base.port), host: values.host ?? base.host })
  const log = createLog(config.logLevel)
  const server = await startServer({ config, log, demo: values.demo ?? false })
  const lines = [
    '',
    'Klankbord draait / is running',
    '',
    ...(values.demo
      ? [`  Demo gemeente / municipality:   ${server.url}/`, `  Demo zorgaanbieder / provider:  ${server.url}/demo/zorgaanbieder.html`]
      : []),
    `  Inbox vertrouwenspersoon:       ${server.url}/inbox/`,
    `  Dashboard gemeenteraad:         ${server.url}/dashboard/`,
    `  Melding volgen / follow-up:     ${server.url}/volg`,
    `  Zonder JavaScript / no script:  ${server.url}/meld`,
    `  API:                            ${server.url}${API_ROOT}`,
    `  OpenAPI:                        ${server.url}${operationPath('getOpenApi')}`,
    `  Widget:                         ${server.url}/widget/v1/klankbord.js`,
    `  Opslag / store:                 ${config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`}`,
    '',
  ]
  if (!(await hasUsers(systemContext(server.deps))))
    lines.push(
      '  Nog geen accounts / no accounts yet. Maak de eerste beheerder / create the first administrator:',
      '    npx klankbord user add --email naam@voorbeeld.nl --role administrator',
      '',
    )
  if (!config.proofOfWork) lines.push('  LET OP / WARNING: proof-of-work staat UIT (KLANKBORD_POW=off). Alleen voor metingen, nooit in productie.')
  if (!config.rateLimit) lines.push('  LET OP / WARNING: rate limiting staat UIT (KLANKBORD_RATE_LIMIT=off). Alleen voor metingen, nooit in productie.')
  if (!config.durableFlush) lines.push('  LET OP / WARNING: flush naar schijf staat UIT (KLANKBORD_DURABLE_FLUSH=off): stroomuitval kan meldingen kosten.')
  lines.push('Stoppen / stop: Ctrl+C', '')
  out.write(lines.join('\n'))

  await new Promise<void>((resolve) => {
    const stop = () => resolve()
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  out.write('Klankbord stopt / stopping…\n')
  await server.close()
  return 0
}
