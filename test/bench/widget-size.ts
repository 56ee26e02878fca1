import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { WIDGET_PACKAGE_DIR } from '../../api/src/routes/static-files.js'
import { kb, type Row } from './table.js'

const DIST = join(WIDGET_PACKAGE_DIR, 'dist')

function sizes(files: string[]) {
  let raw = 0
  let gzip = 0
  let brotli = 0
  for (const file of files) {
    const bytes = readFileSync(join(DIST, file))
    raw += bytes.length
    gzip += gzipSync(bytes, { level: 9 }).length
    brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length
  }
  return { raw, gzip, brotli }
}

/** The entry script and the chunks it imports statically: what a Dutch page loads before anyone interacts. */
function pageLoadFiles(): string[] {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    const source = readFileSync(join(DIST, file), 'utf8')
    for (const match of source.matchAll(/(?:^|[;}])\s*import\s*(?:[\w${}\s,*]+from\s*)?["']\.\/([\w.-]+\.js)["']/g)) visit(match[1]!)
  }
  visit('klankbord.js')
  return [...seen]
}

/** The code a Dutch page loads before anyone interacts, minified, one file after another. */
export const widgetFirstLoadSource = (): string => pageLoadFiles().map((file) => readFileSync(join(DIST, file), 'utf8')).join('\n')

/** What a Dutch page loads before anyone interacts, compressed as the server sends it; `npm run bench` prints it too. */
export const widgetFirstLoadBrotliBytes = (): number => sizes(pageLoadFiles()).brotli

/** The first load's budget: the widget goes on third-party pages, among their own scripts. */
export const WIDGET_FIRST_LOAD_BUDGET_BYTES = 12 * 1024

export function widgetSizeRows(): Row[] {
  const all = readdirSync(DIST).filter((f) => f.endsWith('.js'))
  const page = sizes(pageLoadFiles())
  const everything = sizes(all)
  return [
    { measure: 'widget page load, minified', value: kb(page.raw), note: `${pageLoadFiles().length} files before interaction (Dutch)` },
    { measure: 'widget page load, gzip -9', value: kb(page.gzip) },
    { measure: 'widget page load, brotli 11', value: kb(page.brotli), note: `budget ${kb(WIDGET_FIRST_LOAD_BUDGET_BYTES)}` },
    { measure: 'widget all chunks, brotli 11', value: kb(everything.brotli), note: `${all.length} files incl. form steps and the five other languages` },
  ]
}
