import { Hono } from 'hono'
import type { AppDeps, AppEnv } from './app-deps.js'
import { accessLog } from './http/access-log.js'
import { openCors, partnerCors } from './http/cors.js'
import { Problem } from './http/problem.js'
import { renderProblem } from './http/render-problem.js'
import { requestId } from './http/request-id.js'
import { securityHeaders } from './http/security-headers.js'
import { openApiDocument } from './openapi/document.js'
import { challengeHandler } from './routes/challenge.js'
import { createConcernHandler } from './routes/concerns/create.js'
import { followUpHandler } from './routes/concerns/follow-up.js'
import { healthHandler } from './routes/health.js'
import { localConcernsHandler } from './routes/local/concerns.js'
import { getPartnerHandler } from './routes/partners/get.js'
import { staticFolder } from './routes/static-files.js'

/** The whole HTTP surface: the resident-facing API, the widget files and the demo pages. */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  app.use('*', requestId(), accessLog(deps.log), securityHeaders())

  const residentCors = partnerCors(() => deps.partners.allowedOrigins())
  for (const path of ['/api/v1/concerns', '/api/v1/concerns/*', '/api/v1/challenge', '/api/v1/partners/*']) app.use(path, residentCors)
  app.use('/api/v1/openapi.json', openCors())
  app.use('/widget/*', openCors())

  const document = openApiDocument()
  app.get('/api/v1/openapi.json', (c) => c.json(document))
  app.get('/api/v1/health', healthHandler(deps))
  app.get('/api/v1/challenge', challengeHandler(deps))
  app.get('/api/v1/partners/:key', getPartnerHandler(deps))
  app.post('/api/v1/concerns', createConcernHandler(deps))
  app.get('/api/v1/concerns/:reference', followUpHandler(deps))
  app.get('/api/v1/local/concerns', localConcernsHandler(deps))

  app.get('/widget/v1/:file', staticFolder('dist', { crossOrigin: true }))
  app.get('/demo/:file', staticFolder('demo', { crossOrigin: false }))
  app.get('/demo', (c) => c.redirect('/demo/index.html'))
  app.get('/', staticFolder('demo', { crossOrigin: false, fallback: 'index.html' }))

  app.notFound((c) => renderProblem(c, new Problem('not-found')))
  app.onError((error, c) => {
    if (error instanceof Problem) return renderProblem(c, error)
    // Driver errors carry the SQL and its parameters in `message`; log only the database's own reason.
    const cause = (error as { cause?: { message?: string; code?: string } }).cause
    deps.log.error({ requestId: c.get('requestId'), err: { type: error.name, cause: cause?.message, code: cause?.code } }, 'unhandled error')
    return renderProblem(c, new Problem('internal'))
  })
  return app
}
