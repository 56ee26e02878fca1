import { PARTNER_KEY_PATTERN } from '@klankbord/contract/vocabulary'
import { html } from '@klankbord/dashboard/page'
import type { Context } from 'hono'
import type { AppDeps, AppEnv } from '../../app-deps.js'
import { preferredLocale } from '../../http/language.js'
import { Problem } from '../../http/problem.js'
import { pageCsp } from '../../http/security-headers.js'
import { versionedWidgetPath, widgetBuild } from './widget-release.js'

const MODES = ['inline', 'launcher'] as const

const UNKNOWN = { nl: 'Deze partner bestaat niet. Controleer de sleutel.', en: 'This partner does not exist. Check the key.' }
const BAD_MODE = { nl: 'mode: kies inline of launcher.', en: 'mode: choose inline or launcher.' }

/**
 * `/preview?partner=KEY[&mode=launcher]`: a page with just the partner's widget, loaded exactly as the embed code
 * loads it (the versioned script with its integrity hash), for the partner kit's preview in the inbox. Only this
 * page may be framed, and only by the server's own pages.
 */
export const previewPageHandler = (deps: AppDeps) => async (c: Context<AppEnv>) => {
  const key = c.req.query('partner') ?? ''
  const mode = c.req.query('mode') ?? 'inline'
  if (!(MODES as readonly string[]).includes(mode)) throw new Problem('validation-failed', { invalidParams: [{ name: 'mode', code: 'invalid', reason: BAD_MODE[preferredLocale(c.req.header('Accept-Language'))] }] })
  const partner = PARTNER_KEY_PATTERN.test(key) ? await deps.partners.find(key) : undefined
  if (!partner) throw new Problem('not-found', { detail: UNKNOWN })
  const { version, integrity } = await widgetBuild()
  const page = html`<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Voorbeeld: de widget op de website van ${partner.name}</title>
    <script type="module" src="${versionedWidgetPath(version)}" integrity="${integrity}" crossorigin="anonymous"></script>
  </head>
  <body>
    <main>
      <klankbord-widget partner="${partner.key}" mode="${mode}"></klankbord-widget>
    </main>
  </body>
</html>
`
  return c.html(page.value, 200, { 'Content-Security-Policy': pageCsp("'self'"), 'X-Frame-Options': 'SAMEORIGIN', 'Cache-Control': 'no-store' })
}
