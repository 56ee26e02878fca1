/**
 * The report's type: Noto Sans (Latin) from the @fontsource package, as WOFF, which PDFKit's fontkit reads,
 * embeds and subsets. Never a system font and never PDFKit's Helvetica, which is not embedded (PDF/UA).
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import * as fontkit from 'fontkit'
import { woffToSfnt } from './woff.js'

export const FONT = { regular: 'NotoSans', bold: 'NotoSans-Bold', italic: 'NotoSans-Italic' } as const

const PACKAGE = '@fontsource/noto-sans'
const FILES: Readonly<Record<string, string>> = {
  [FONT.regular]: `${PACKAGE}/files/noto-sans-latin-400-normal.woff`,
  [FONT.bold]: `${PACKAGE}/files/noto-sans-latin-700-normal.woff`,
  [FONT.italic]: `${PACKAGE}/files/noto-sans-latin-400-italic.woff`,
}

const require = createRequire(import.meta.url)
let files: Map<string, Buffer> | undefined

/** The font files, read and unpacked once per process. */
function fontFiles(): Map<string, Buffer> {
  files ??= new Map(Object.entries(FILES).map(([name, module]) => [name, woffToSfnt(readFileSync(require.resolve(module)))]))
  return files
}

let parsed: Map<string, fontkit.Font> | undefined
const shapedWords = new Map<string, object>()

/**
 * The fonts, parsed once per process (PDFKit takes a parsed font as well as its bytes), and the shapes of the
 * words set in them kept from one report to the next: shaping every word again was most of a report's time.
 * The same parsed font gives the same glyphs and widths; each document still embeds its own subset.
 */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  parsed ??= new Map([...fontFiles()].map(([name, bytes]) => [name, fontkit.create(bytes) as fontkit.Font]))
  for (const [name, font] of parsed) {
    doc.registerFont(name, font as unknown as Buffer)
    doc.font(name)
    // PDFKit's own per-document cache of shaped words (EmbeddedFont.layoutCache), shared.
    const embedded = (doc as unknown as { _font: { layoutCache?: object } })._font
    if (embedded.layoutCache) embedded.layoutCache = shapedWords.get(name) ?? embedded.layoutCache
    if (embedded.layoutCache) shapedWords.set(name, embedded.layoutCache)
  }
  doc.font(FONT.regular)
}

/** For svg-to-pdfkit: every family in a chart is drawn in the embedded Noto Sans. */
export const chartFont = (_family: string, bold: boolean, italic: boolean): string => (bold ? FONT.bold : italic ? FONT.italic : FONT.regular)

/** Signs the Latin subset lacks, spelled out. Plot's axis arrows ("↑ Meldingen") are left out. */
const SUBSTITUTES: Readonly<Record<string, string>> = { '≤': '<=', '≥': '>=' }
const ARROWS = /[←↑→↓]\s?/gu

let regular: fontkit.Font | undefined
const inFont = (char: string): boolean => {
  regular ??= fontkit.create(fontFiles().get(FONT.regular)!)
  return char === '\n' || regular.hasGlyphForCodePoint(char.codePointAt(0)!)
}

/**
 * Text the embedded subset can draw: a letter outside it loses its accent where that helps ("ŏ" → "o"), a few
 * signs are spelled out, anything else becomes "?", so a page never shows an empty box.
 */
export function printable(text: string): string {
  let out = ''
  for (const char of text.replace(ARROWS, '')) {
    if (inFont(char)) out += char
    else if (char in SUBSTITUTES) out += SUBSTITUTES[char]
    else {
      const base = char.normalize('NFD').replace(/\p{M}/gu, '')
      out += base && [...base].every(inFont) ? base : '?'
    }
  }
  return out
}
