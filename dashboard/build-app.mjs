import { mkdir, rm } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { writeStylesheet } from './build-stylesheet.mjs'

/** Values come from the contract's subpath entries only: its main entry would ship all of zod to the browser. */
const contractSubpathsOnly = {
  name: 'contract-subpaths-only',
  setup(b) {
    b.onResolve({ filter: /^@klankbord\/contract$/ }, ({ importer }) => ({
      errors: [{ text: `${importer}: take values from @klankbord/contract/vocabulary or /labels, and only types (import type) from @klankbord/contract` }],
    }))
  },
}

process.chdir(fileURLToPath(new URL('.', import.meta.url)))
const out = 'dist/app'
await rm(out, { recursive: true, force: true })
const result = await build({
  entryPoints: { dashboard: 'src/app/dashboard.ts' },
  outdir: out,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  minify: true,
  sourcemap: 'linked',
  target: 'es2022',
  legalComments: 'eof',
  logLevel: 'warning',
  metafile: true,
  tsconfig: 'tsconfig.app.json',
  plugins: [contractSubpathsOnly],
})
await mkdir(out, { recursive: true })
// The page itself is drawn by the server (src/page/, served by the API at /dashboard/); only its script and styles are files.
await writeStylesheet('src/app/static/dashboard.css', `${out}/dashboard.css`)
if (process.env.KLANKBORD_BUNDLE_REPORT) console.log(await (await import('esbuild')).analyzeMetafile(result.metafile))
