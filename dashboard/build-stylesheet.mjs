import { readFile, writeFile } from 'node:fs/promises'

/** One file a page: the shared base styles first, then the page's own, so a page still loads one stylesheet. */
export async function writeStylesheet(pageStyles, out) {
  const [base, page] = await Promise.all([readFile('src/styles/base.css', 'utf8'), readFile(pageStyles, 'utf8')])
  await writeFile(out, `${base}\n${page}`)
}
