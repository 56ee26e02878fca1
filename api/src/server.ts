import { serve, type ServerType } from '@hono/node-server'
import { createApp } from './app.js'
import type { AppDeps } from './app-deps.js'
import { buildDeps } from './build-deps.js'
import { answerClientError } from './http/client-error.js'
import { drainServer } from './http/drain-server.js'
import type { Config } from './config.js'
import type { Log } from './log.js'
import { createCipher } from './security/cipher.js'
import { loadKeyRing } from './security/secret-key.js'
import { ensureHashSecrets } from './services/keys/hash-secrets.js'
import { afterPublished, followPublications, warmDashboard } from './services/dashboard/warm-dashboard.js'
import { ensureDemoData } from './services/municipalities/ensure-demo.js'
import { scheduleRetention } from './services/retention/retention-schedule.js'
import { systemContext } from './services/shared/service-context.js'
import { scheduleStatistics } from './services/statistics/statistics-schedule.js'
import { openStore } from './store/open-store.js'
import type { PgliteStore } from './store/pglite-store.js'

export type RunningServer = {
  readonly url: string
  readonly deps: AppDeps
  /** Stops the nightly jobs and taking requests, answers the requests in flight (bounded), lets accepted concerns reach the disk, then closes the store. */
  close(): Promise<void>
}

/** Listens with @hono/node-server; port 0 takes any free port, and the one taken is returned. */
export function listen(app: ReturnType<typeof createApp>, host: string, port: number): Promise<{ server: ServerType; port: number }> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info) => resolve({ server, port: info.port }))
    server.on('clientError', answerClientError)
    server.once('error', reject)
  })
}

function originsOf(host: string, port: number, publicUrl: string | undefined): string[] {
  const hosts = host === '0.0.0.0' || host === '::' ? ['localhost', '127.0.0.1'] : [host]
  if (hosts.includes('127.0.0.1') && !hosts.includes('localhost')) hosts.push('localhost')
  const origins = hosts.map((h) => `http://${h}:${port}`)
  if (publicUrl) origins.push(new URL(publicUrl).origin)
  return origins
}

/** Opens the store, applies migrations, optionally adds the demo, and listens. */
export async function startServer(options: { config: Config; log: Log; demo?: boolean; rateLimits?: Parameters<typeof buildDeps>[0]['rateLimits'] }): Promise<RunningServer> {
  const { config, log } = options
  const keys = loadKeyRing(config)
  const store = await openStore(config, (code) => log.warn({ code }, 'PostgreSQL closed an idle connection; the next query opens a new one'))
  try {
    const hashSecrets = await ensureHashSecrets(store.db, createCipher(keys), keys)
    const deps = buildDeps({ store, config, log, masterKey: keys.current().key, keys, hashSecrets, rateLimits: options.rateLimits })
    const app = createApp(deps)
    const { server, port } = await listen(app, config.host, config.port)
    const urlHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host.includes(':') ? `[${config.host}]` : config.host
    const url = `http://${urlHost}:${port}`
    if (options.demo) {
      try {
        // Instances started at once on one empty PostgreSQL add the demo once, and each its own origins.
        await store.exclusively('demo-data', () => ensureDemoData(store.db, originsOf(config.host, port, config.publicUrl)))
      } catch (error) {
        server.close()
        throw error
      }
    }
    const stopRetention = scheduleRetention(systemContext(deps), config, log)
    const stopStatistics = scheduleStatistics(store, config, log, () => afterPublished(deps.published, deps.dashboard, log))
    // The first visitor finds the default pages drawn, also after another instance on PostgreSQL published.
    void warmDashboard(deps.dashboard, log)
    const stopFollowing = store.kind === 'postgres' ? followPublications(deps.dashboard, log) : () => {}
    const lock = (store as Partial<PgliteStore>).lock
    lock?.update({ controlUrl: url, controlToken: deps.controlToken })
    log.info({ store: store.kind, url }, 'server started')
    let closing: Promise<void> | undefined
    return {
      url,
      deps,
      close() {
        closing ??= (async () => {
          stopRetention()
          stopStatistics()
          stopFollowing()
          await drainServer(server)
          await deps.queue.idle()
          await store.close()
          log.info({ store: store.kind }, 'server stopped')
        })()
        return closing
      },
    }
  } catch (error) {
    await store.close()
    throw error
  }
}
