import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { WidgetRelease } from '@klankbord/contract'
import { WIDGET_PACKAGE_DIR } from '../static-files.js'

/** The widget's entry script; its lazy chunks have content hashes in their names, so the entry's hash covers them. */
export const WIDGET_ENTRY = 'klankbord.js'

export type WidgetBuild = { readonly version: string; readonly integrity: string }

let build: Promise<WidgetBuild> | undefined

/**
 * The built widget's version and Subresource Integrity hash, computed once per process from `dist/klankbord.js`.
 * The version is the package version plus the start of the hash, so a new build never reuses a versioned URL.
 */
export function widgetBuild(): Promise<WidgetBuild> {
  build ??= (async () => {
    const [script, manifest] = await Promise.all([readFile(join(WIDGET_PACKAGE_DIR, 'dist', WIDGET_ENTRY)), readFile(join(WIDGET_PACKAGE_DIR, 'package.json'), 'utf8')])
    const digest = createHash('sha384').update(script).digest()
    const { version } = JSON.parse(manifest) as { version: string }
    return { version: `${version}-${digest.toString('hex').slice(0, 12)}`, integrity: `sha384-${digest.toString('base64')}` }
  })()
  build.catch(() => (build = undefined))
  return build
}

/** The versioned script's path on this server, e.g. `/widget/0.1.0-3fa2…/klankbord.js`. */
export const versionedWidgetPath = (version: string): string => `/widget/${version}/${WIDGET_ENTRY}`

/** The release as the partner kit shows it, with the script's absolute URL on the public address. */
export async function widgetRelease(publicUrl: string): Promise<WidgetRelease> {
  const { version, integrity } = await widgetBuild()
  return { version, integrity, scriptUrl: `${publicUrl.replace(/\/+$/, '')}${versionedWidgetPath(version)}` }
}
