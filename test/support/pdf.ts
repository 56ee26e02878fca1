import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { inflateSync } from 'node:zlib'
import jsqr from 'jsqr'

// Reading a PDF back with poppler-utils (pdfinfo, pdftotext, pdftoppm) and jsQR, as a reader, a scanner and a phone would.

const run = promisify(execFile)
// jsqr is CommonJS with its function on `default`.
const jsQR = jsqr.default
const tool = async (name: string, args: string[]) => (await run(name, args, { maxBuffer: 64 * 1024 * 1024 })).stdout

/** The PDF written to a fresh temporary folder; `done` removes it. */
export function pdfFile(pdf: Uint8Array): { file: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'klankbord-pdf-'))
  const file = join(dir, 'document.pdf')
  writeFileSync(file, pdf)
  return { file, done: () => rmSync(dir, { recursive: true, force: true }) }
}

/** pdfinfo's fields by name ("Tagged", "Pages", "Title", "Page size"…). */
export async function pdfInfo(file: string): Promise<Record<string, string>> {
  const out = await tool('pdfinfo', [file])
  return Object.fromEntries(out.split('\n').filter((line) => line.includes(':')).map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]))
}

/** The structure tree as pdfinfo prints it: one element per line, indented, with its attributes. */
export const pdfStructure = (file: string): Promise<string> => tool('pdfinfo', ['-struct', file])

/** The text as pdftotext reads it, with every run of white space made one space (sentences wrap). */
export const pdfText = async (file: string): Promise<string> => (await tool('pdftotext', [file, '-'])).replace(/\s+/g, ' ')

/** A PDF string literal's bytes, with its escapes undone. */
function literalBytes(source: Buffer, start: number): { bytes: number[]; end: number } {
  const bytes: number[] = []
  let depth = 1
  let i = start
  for (; i < source.length && depth > 0; i++) {
    const byte = source[i]!
    if (byte === 0x5c) {
      const next = source[++i]!
      const escapes: Record<number, number> = { 0x6e: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12 }
      if (next >= 0x30 && next <= 0x37) {
        let octal = ''
        while (octal.length < 3 && source[i]! >= 0x30 && source[i]! <= 0x37) octal += String.fromCharCode(source[i++]!)
        i--
        bytes.push(parseInt(octal, 8))
      } else bytes.push(escapes[next] ?? next)
      continue
    }
    if (byte === 0x28) depth++
    if (byte === 0x29 && --depth === 0) break
    bytes.push(byte)
  }
  return { bytes, end: i }
}

const decodeText = (bytes: number[]): string =>
  bytes[0] === 0xfe && bytes[1] === 0xff ? Buffer.from(bytes.slice(2)).swap16().toString('utf16le') : Buffer.from(bytes).toString('latin1')

/** Every string a key (such as `/ActualText` or `/Lang`) has in the file, its compressed content streams included. */
export function pdfStrings(pdf: Uint8Array, key: string): string[] {
  const raw = Buffer.from(pdf)
  const parts = [raw]
  const text = raw.toString('latin1')
  const streamStart = /stream\r?\n/g
  for (let match = streamStart.exec(text); match; match = streamStart.exec(text)) {
    const from = match.index + match[0].length
    const to = raw.indexOf('endstream', from)
    try {
      parts.push(inflateSync(raw.subarray(from, to)))
    } catch {
      // Not a Flate stream (an image, a font): it holds no strings of the structure.
    }
  }
  const found: string[] = []
  for (const part of parts) {
    for (let at = part.indexOf(`${key} (`); at !== -1; at = part.indexOf(`${key} (`, at + 1)) {
      found.push(decodeText(literalBytes(part, at + key.length + 2).bytes))
    }
  }
  return found
}

/** The QR codes a phone would read: the page rendered at 150 dpi in grey, read by jsQR. */
export async function readQrCodes(file: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'klankbord-qr-'))
  try {
    await tool('pdftoppm', ['-r', '150', '-gray', file, join(dir, 'page')])
    const codes: string[] = []
    for (const name of readdirSync(dir).sort()) {
      const bytes = readFileSync(join(dir, name))
      const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'))!
      const [width, height] = [Number(header[1]), Number(header[2])]
      const grey = bytes.subarray(header[0].length)
      const rgba = new Uint8ClampedArray(width * height * 4)
      for (let i = 0; i < width * height; i++) rgba.set([grey[i]!, grey[i]!, grey[i]!, 255], i * 4)
      const code = jsQR(rgba, width, height)
      if (code) codes.push(code.data)
    }
    return codes
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
