import { randomBytes } from 'node:crypto'
import { createApp } from '../../api/src/app.js'
import { listen } from '../../api/src/server.js'
import type { AppDeps } from '../../api/src/app-deps.js'
import { buildDeps } from '../../api/src/build-deps.js'
import { loadConfig, type Config } from '../../api/src/config.js'
import { createLog } from '../../api/src/log.js'
import { ensureDemoData } from '../../api/src/services/municipalities/ensure-demo.js'
import type { Store } from '../../api/src/store/types.js'
import { createClock, type Clock } from './clock.js'
import { recordLog } from './log-scan.js'
import { newPgliteStore } from './stores.js'

export type TestApp = {
  /** The Hono app itself, for what only it knows (its routes). */
  hono: ReturnType<typeof createApp>
  url: string
  origin: string
  deps: AppDeps
  store: Store
  logLines: string[]
  /** The app's clock; move it forward to pass timeouts. */
  clock: Clock
  close(): Promise<void>
}

/**
 * The real app on a real HTTP server on a free port, on the given store (a fresh PGlite by default),
 * with the demo partners registered for the server's origin.
 */
export async function startTestApp(
  options: { store?: Store; config?: Partial<Config>; rateLimits?: Parameters<typeof buildDeps>[0]['rateLimits']; now?: () => Date; masterKey?: Buffer } = {},
): Promise<TestApp> {
  const store = options.store ?? (await newPgliteStore())
  // debug: the request lines are logged too, so the log scan checks the most a server can write.
  const config = loadConfig({ LOG_LEVEL: 'debug' }, { durableFlush: false, ...options.config })
  const logLines: string[] = []
  const log = createLog(config.logLevel, { write: (line: string) => (logLines.push(line), true) } as unknown as NodeJS.WritableStream)
  const clock = createClock()
  const deps = buildDeps({ store, config, log, masterKey: options.masterKey ?? randomBytes(32), rateLimits: options.rateLimits, now: options.now ?? clock.now })
  const app = createApp(deps)
  const { server, port } = await listen(app, '127.0.0.1', 0)
  const url = `http://127.0.0.1:${port}`
  await ensureDemoData(store.db, [url, `http://localhost:${port}`])
  return {
    hono: app,
    url,
    origin: url,
    deps,
    store,
    logLines,
    clock,
    async close() {
      recordLog(`app-${port}`, logLines.join('\n'))
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        ;(server as { closeAllConnections?: () => void }).closeAllConnections?.()
      })
      await deps.queue.idle()
      await store.close()
    },
  }
}
