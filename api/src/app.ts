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
import { dashboardPageHandler } from './routes/dashboard/page.js'
import { healthHandler } from './routes/health.js'
import { localConcernsHandler } from './routes/local/concerns.js'
import { requireControlToken } from './routes/local/control-token.js'
import { localPipelineHandler } from './routes/local/pipeline.js'
import { localRetentionHandler } from './routes/local/retention.js'
import { localUsersHandler } from './routes/local/users.js'
import { getPartnerHandler } from './routes/partners/get.js'
import { DASHBOARD_PACKAGE_DIR, staticFolder } from './routes/static-files.js'
import { guard } from './auth/guard.js'
import { honoPath, OPERATIONS } from './auth/operations.js'
import { preferredLocale } from './http/language.js'
import { plainPathParams } from './http/plain-path-params.js'
import { problemForServiceError } from './http/service-errors.js'
import { OPERATION_HANDLERS } from './routes/operation-handlers.js'

/** The whole HTTP surface: the resident-facing API, the widget files and the demo pages. */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  app.use('*', requestId(), accessLog(deps.log), securityHeaders({ trustProxy: deps.config.trustProxy, publicUrl: deps.config.publicUrl }))

  const residentCors = partnerCors(() => deps.partners.allowedOrigins())
  for (const path of ['/api/v1/concerns', '/api/v1/concerns/*', '/api/v1/challenge', '/api/v1/partners/*']) app.use(path, residentCors)
  app.use('/api/v1/openapi.json', openCors())
  app.use('/widget/*', openCors())

  const document = openApiDocument()
  app.get('/api/v1/openapi.json', (c) => c.json(document))
  app.get('/api/v1/health', healthHandler(deps))
  app.get('/api/v1/challenge', challengeHandler(deps))
  app.get('/api/v1/partners/:key', plainPathParams(), getPartnerHandler(deps))
  app.post('/api/v1/concerns', createConcernHandler(deps))
  app.get('/api/v1/concerns/:reference', plainPathParams(), followUpHandler(deps))
  app.use('/api/v1/local/*', requireControlToken(deps))
  app.get('/api/v1/local/concerns', localConcernsHandler(deps))
  app.post('/api/v1/local/users', localUsersHandler(deps))
  app.post('/api/v1/local/retention', localRetentionHandler(deps))
  app.post('/api/v1/local/pipeline', localPipelineHandler(deps))

  // Staff operations: each route reads the session and enforces its row of the access table.
  for (const op of OPERATIONS) app.on(op.method.toUpperCase(), honoPath(op), guard(op, deps), plainPathParams(), OPERATION_HANDLERS[op.id](deps))

  const inboxApp = staticFolder('dist/inbox', { crossOrigin: false, fallback: 'index.html', packageDir: DASHBOARD_PACKAGE_DIR })
  app.get('/inbox', (c) => c.redirect('/inbox/'))
  app.get('/inbox/', inboxApp)
  app.get('/inbox/:file', inboxApp)
  app.get('/dashboard', (c) => c.redirect(`/dashboard/${new URL(c.req.url).search}`))
  app.get('/dashboard/', dashboardPageHandler(deps))
  app.get('/dashboard/:file', staticFolder('dist/app', { crossOrigin: false, packageDir: DASHBOARD_PACKAGE_DIR }))
  app.get('/volg', staticFolder('pages', { crossOrigin: false, fallback: 'volg.html' }))
  app.get('/pages/:file', staticFolder('pages', { crossOrigin: false }))

  app.get('/widget/v1/:file', staticFolder('dist', { crossOrigin: true }))
  app.get('/demo/:file', staticFolder('demo', { crossOrigin: false }))
  app.get('/demo', (c) => c.redirect('/demo/index.html'))
  app.get('/', staticFolder('demo', { crossOrigin: false, fallback: 'index.html' }))

  app.notFound((c) => renderProblem(c, new Problem('not-found')))
  app.onError((error, c) => {
    if (error instanceof Problem) return renderProblem(c, error)
    const mapped = problemForServiceError(error, c.get('locale') ?? preferredLocale(c.req.header('Accept-Language')))
    if (mapped) return renderProblem(c, mapped)
    // Driver errors carry the SQL and its parameters in `message`; log only the database's own reason.
    const cause = (error as { cause?: { message?: string; code?: string } }).cause
    deps.log.error({ requestId: c.get('requestId'), err: { type: error.name, cause: cause?.message, code: cause?.code } }, 'unhandled error')
    return renderProblem(c, new Problem('internal'))
  })
  return app
}
