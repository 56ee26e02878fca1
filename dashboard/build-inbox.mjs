import { copyFile, mkdir, rm } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { writeStylesheet } from './build-stylesheet.mjs'

/**
 * The contract's main entry and its operations table build zod schemas at module level, which would ship all of zod
 * to the browser. The inbox takes values from the subpath entries and only types from those two (`import type`).
 */
const contractSubpathsOnly = {
  name: 'contract-subpaths-only',
  setup(b) {
    b.onResolve({ filter: /^@klankbord\/contract(?:\/operations)?$/ }, ({ importer, path }) => ({
      errors: [{ text: `${importer}: take values from @klankbord/contract/vocabulary, /labels, /dates or /api-path, and only types (import type) from ${path}` }],
    }))
  },
}

process.chdir(fileURLToPath(new URL('.', import.meta.url)))
const out = 'dist/inbox'
await rm(out, { recursive: true, force: true })
await build({
  entryPoints: { inbox: 'src/inbox/inbox.ts' },
  outdir: out,
  bundle: true,
  format: 'esm',
  minify: true,
  sourcemap: 'linked',
  target: 'es2022',
  legalComments: 'eof',
  logLevel: 'warning',
  // The inbox's tsconfig keeps class fields as assignments (useDefineForClassFields: false), which Lit's reactive properties need.
  tsconfig: 'tsconfig.inbox.json',
  plugins: [contractSubpathsOnly],
})
await mkdir(out, { recursive: true })
await Promise.all([copyFile('src/inbox/static/index.html', `${out}/index.html`), writeStylesheet('src/inbox/static/inbox.css', `${out}/inbox.css`)])
