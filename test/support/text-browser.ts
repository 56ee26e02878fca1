import { spawn } from 'node:child_process'
import { expect } from 'vitest'

/** A page as Debian's w3m shows it in a terminal: `w3m -dump`, 80 columns, the HTML given on stdin. */
export function w3mDump(html: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('w3m', ['-dump', '-T', 'text/html', '-cols', '80', '-I', 'UTF-8', '-O', 'UTF-8'])
    let out = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk))
    child.once('error', reject)
    child.once('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`w3m exited with ${code}`))))
    child.stdin.end(html)
  })
}

/** Each part appears in the text, after the one before it (spaces and line breaks count as one space). */
export function expectInOrder(text: string, parts: readonly string[]) {
  const flat = text.replace(/\s+/g, ' ')
  let from = 0
  for (const part of parts) {
    const at = flat.indexOf(part.replace(/\s+/g, ' '), from)
    expect(at, `"${part}" after position ${from} in:\n${text}`).toBeGreaterThanOrEqual(0)
    from = at + part.length
  }
}
