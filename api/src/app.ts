import { Hono } from 'hono'
import type { AppDeps, AppEnv } from './app-deps.js'
import { accessLog } from './http/access-log.js'
import { openCors } from './http/cors.js'
import { Problem } from './http/problem.js'
import { renderProblem } from './http/render-problem.js'
import { requestId } from './http/request-id.js'
import { securityHeaders } from './http/security-headers.js'
import { dashboardPageHandler } from './routes/dashboard/page.js'
import { meldStartHandler } from './routes/meld/get.js'
import { meldConfirmationHandler } from './routes/meld/confirmation.js'
import { meldStepHandler } from './routes/meld/post.js'
import { MELD_CONFIRMATION_PATH } from './pages/meld/render-meld.js'
import { registerOperations } from './routes/register-operations.js'
import { volgFormHandler } from './routes/volg-page/get.js'
import { volgLookupHandler } from './routes/volg-page/post.js'
import { VOLG_PATH } from './pages/volg/render-lookup.js'
import { DASHBOARD_PACKAGE_DIR, staticFolder } from './routes/static-files.js'
import { previewPageHandler } from './routes/widget/preview-page.js'
import { versionedWidgetFiles } from './routes/widget/versioned-files.js'
import { preferredLocale } from './http/language.js'
import { problemForServiceError } from './http/service-errors.js'

/** The whole HTTP surface: every operation of the API, the widget files, the inbox, the dashboard, the pages without scripts (/meld, /volg) and the demo pages. */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  app.use('*', requestId(), accessLog(deps.log), securityHeaders({ trustProxy: deps.config.trustProxy, publicUrl: deps.config.publicUrl }))
  app.use('/widget/*', openCors())

  registerOperations(app, deps)

  const inboxApp = staticFolder('dist/inbox', { crossOrigin: false, fallback: 'index.html', packageDir: DASHBOARD_PACKAGE_DIR })
  app.get('/inbox', (c) => c.redirect('/inbox/'))
  app.get('/inbox/', inboxApp)
  app.get('/inbox/:file', inboxApp)
  app.get('/dashboard', (c) => c.redirect(`/dashboard/${new URL(c.req.url).search}`))
  app.get('/dashboard/', dashboardPageHandler(deps))
  app.get('/dashboard/:file', staticFolder('dist/app', { crossOrigin: false, packageDir: DASHBOARD_PACKAGE_DIR }))
  app.get('/volg', staticFolder('pages', { crossOrigin: false, fallback: 'volg.html' }))
  app.get(VOLG_PATH, volgFormHandler(deps))
  app.post(VOLG_PATH, volgLookupHandler(deps))
  app.get('/meld', meldStartHandler(deps))
  app.post('/meld', meldStepHandler(deps))
  app.post(MELD_CONFIRMATION_PATH, meldConfirmationHandler(deps))
  app.get('/pages/:file', staticFolder('pages', { crossOrigin: false }))

  app.get('/widget/v1/:file', staticFolder('dist', { crossOrigin: true }))
  app.get('/widget/:version/:file', versionedWidgetFiles)
  app.get('/preview', previewPageHandler(deps))
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
