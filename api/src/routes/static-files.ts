import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, extname, join, normalize, sep } from 'node:path'
import type { Context } from 'hono'
import type { AppEnv } from '../app-deps.js'
import { Problem } from '../http/problem.js'

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.map': 'application/json',
}

const require = createRequire(import.meta.url)

/** The widget package's folder, found through module resolution so it works from any working directory. */
export const WIDGET_PACKAGE_DIR = dirname(require.resolve('@klankbord/widget/package.json'))
/** The dashboard package, which holds the confidant's inbox app. */
export const DASHBOARD_PACKAGE_DIR = dirname(require.resolve('@klankbord/dashboard/package.json'))

const IMMUTABLE = 'public, max-age=31536000, immutable'

/** Hashed chunk names never change content, so browsers may keep them; the entry script must stay fresh. */
function cacheControl(file: string): string {
  if (/-[A-Z0-9]{8}\.js$/.test(file)) return IMMUTABLE
  if (file.endsWith('.js')) return 'public, max-age=300'
  return 'no-cache'
}

/**
 * The last segment of the URL's path, percent-decoded exactly once; undefined when its encoding is malformed.
 * Read from the raw URL because Hono's parameter leaves a malformed sequence as it is, indistinguishable from a
 * decoded `%25`.
 */
function fileName(url: string): string | undefined {
  const path = new URL(url).pathname
  try {
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1))
  } catch {
    return undefined
  }
}

/**
 * Serves files from one folder (of the widget package unless another root is given). Only plain file
 * names below the folder are served; anything that normalises outside it is a 404. `immutable`: every file is
 * kept for a year (a folder under a versioned path).
 */
export function staticFolder(folder: string, options: { crossOrigin: boolean; fallback?: string; packageDir?: string; immutable?: boolean }) {
  const root = join(options.packageDir ?? WIDGET_PACKAGE_DIR, folder)
  return async (c: Context<AppEnv>) => {
    const rest = c.req.param('file') === undefined ? (options.fallback ?? '') : fileName(c.req.url)
    if (rest === undefined) throw new Problem('not-found')
    const path = normalize(join(root, rest))
    const type = CONTENT_TYPES[extname(path)]
    if (!path.startsWith(root + sep) || !type) throw new Problem('not-found')
    let body: Buffer
    try {
      body = await readFile(path)
    } catch {
      throw new Problem('not-found')
    }
    const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': options.immutable ? IMMUTABLE : cacheControl(path) }
    if (options.crossOrigin) headers['Cross-Origin-Resource-Policy'] = 'cross-origin'
    return c.body(new Uint8Array(body), 200, headers)
  }
}
