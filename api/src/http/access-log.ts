import type { MiddlewareHandler } from 'hono'
import { routePath } from 'hono/route'
import type { AppEnv } from '../app-deps.js'
import type { Log } from '../log.js'

/**
 * One log line per request, only at LOG_LEVEL=debug: at info an operator's terminal shows the banner, the
 * jobs and the errors, not every poll of the inbox. The line holds the route pattern, never the concrete
 * path: a path such as /concerns/KB-… holds a reference, and query strings may hold anything.
 */
export function accessLog(log: Log): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now()
    await next()
    if (!log.isLevelEnabled('debug')) return
    log.debug(
      { requestId: c.get('requestId'), method: c.req.method, route: routePath(c, -1), status: c.res.status, ms: Math.round(performance.now() - started) },
      'request',
    )
  }
}
