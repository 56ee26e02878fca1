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

export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const [name, bytes] of fontFiles()) doc.registerFont(name, bytes)
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
