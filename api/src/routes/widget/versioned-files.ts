import type { Context } from 'hono'
import type { AppEnv } from '../../app-deps.js'
import { Problem } from '../../http/problem.js'
import { staticFolder } from '../static-files.js'
import { widgetBuild } from './widget-release.js'

const files = staticFolder('dist', { crossOrigin: true, immutable: true })

/**
 * `/widget/<version>/<file>`: the widget's files under the current build's version, cached for a year as immutable.
 * Another version is a 404: its content is gone, and serving this build's would fail the page's integrity check anyway.
 */
export async function versionedWidgetFiles(c: Context<AppEnv>) {
  const { version } = await widgetBuild()
  if (c.req.param('version') !== version) throw new Problem('not-found')
  return files(c)
}
