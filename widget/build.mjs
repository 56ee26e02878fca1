import { readFile, rm } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { build, transform } from 'esbuild'

/**
 * Lit keeps the text of html`` and css`` templates as written. This plugin collapses the
 * indentation inside them (and minifies the CSS) before esbuild bundles the widget's own sources.
 */
const compactTemplates = {
  name: 'compact-templates',
  setup(b) {
    b.onLoad({ filter: /widget[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
      let source = await readFile(path, 'utf8')
      if (path.endsWith('.styles.ts')) {
        source = await replaceAsync(source, /css`([^`$]*)`/g, async (_, text) => {
          const { code } = await transform(text, { loader: 'css', minify: true })
          return `css\`${code.trim()}\``
        })
      }
      return { contents: compactHtml(source), loader: 'ts' }
    })
  },
}

async function replaceAsync(text, pattern, replacer) {
  const parts = await Promise.all([...text.matchAll(pattern)].map((m) => replacer(...m)))
  let i = 0
  return text.replace(pattern, () => parts[i++])
}

/** Collapses whitespace that contains a line break in the static parts of html`` templates. */
function compactHtml(source) {
  let out = ''
  let i = 0
  const copyTemplate = (collapse) => {
    let text = ''
    const flush = () => {
      out += collapse ? text.replace(/\s*\n\s*/g, ' ') : text
      text = ''
    }
    while (i < source.length) {
      const c = source[i]
      if (c === '\\') {
        text += source.slice(i, i + 2)
        i += 2
      } else if (c === '`') {
        flush()
        out += c
        i++
        return
      } else if (c === '$' && source[i + 1] === '{') {
        flush()
        out += '${'
        i += 2
        copyCode(1)
      } else {
        text += c
        i++
      }
    }
    flush()
  }
  const copyCode = (depth) => {
    while (i < source.length) {
      const c = source[i]
      if (c === '`') {
        const collapse = /\bhtml\s*$/.test(out)
        out += c
        i++
        copyTemplate(collapse)
      } else if (c === "'" || c === '"') {
        const end = findQuoteEnd(c)
        out += source.slice(i, end)
        i = end
      } else if (c === '/' && source[i + 1] === '/') {
        const end = source.indexOf('\n', i)
        out += source.slice(i, end)
        i = end
      } else {
        if (c === '{') depth++
        if (c === '}' && --depth === 0) {
          out += c
          i++
          return
        }
        out += c
        i++
      }
    }
  }
  const findQuoteEnd = (quote) => {
    let j = i + 1
    while (j < source.length && source[j] !== quote) j += source[j] === '\\' ? 2 : 1
    return j + 1
  }
  copyCode(Infinity)
  return out
}

/**
 * The contract's main entry and its operations table build every zod schema: the widget takes only types from them. The
 * schemas of the resident's answers come from `concern-answers`, imported only by the steps' lazily loaded chunk.
 */
const contractWithoutSchemas = {
  name: 'contract-without-schemas',
  setup(b) {
    b.onResolve({ filter: /^@klankbord\/contract(?:\/operations)?$/ }, ({ importer, path }) => ({
      errors: [{ text: `${importer}: take values from the contract's subpath entries (vocabulary, labels, api-path, operation-paths, concern-answers …), and only types (import type) from ${path}` }],
    }))
  },
}

process.chdir(fileURLToPath(new URL('.', import.meta.url)))
await rm('dist', { recursive: true, force: true })
await build({
  entryPoints: { klankbord: 'src/klankbord-widget.ts' },
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  splitting: true,
  minify: true,
  target: 'es2020',
  chunkNames: '[name]-[hash]',
  legalComments: 'none',
  // UTF-8 as written: escaping each non-ASCII letter as \uXXXX makes Arabic and Ukrainian text three times longer.
  charset: 'utf8',
  logLevel: 'info',
  plugins: [compactTemplates, contractWithoutSchemas],
})
