import { loadConfig } from '../../config.js'
import { createLog } from '../../log.js'
import { startServer } from '../../server.js'
import { systemContext } from '../../services/shared/service-context.js'
import { hasUsers } from '../../services/users/has-users.js'
import { parseCommandArgs, parsePositiveInt } from '../args.js'
import { startBanner } from '../start-banner.js'

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
  const context = systemContext(server.deps)
  out.write(
    startBanner(config, {
      url: server.url,
      demo: values.demo ?? false,
      statisticsPublic: await server.deps.publication.statisticsPublic(),
      hasUsers: await hasUsers(context),
    }),
  )

  await new Promise<void>((resolve) => {
    const stop = () => resolve()
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  out.write('Klankbord stopt / stopping…\n')
  await server.close()
  return 0
}
