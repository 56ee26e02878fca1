/**
 * Text sizes estimated without a browser (the server and the PDF have no layout engine): a character is taken as
 * 0.62 em, a little wider than Noto Sans' average, so an estimate errs on the side of room.
 */
import { FONT_SIZE } from './palette.js'

const EM_PER_CHARACTER = 0.62
const EM_PER_BOLD_CHARACTER = 0.68

/** The estimated width in pixels of the longest line of `text`. */
export const textWidth = (text: string, options: { fontSize?: number; bold?: boolean } = {}): number =>
  Math.max(0, ...text.split('\n').map((line) => [...line].length)) * (options.fontSize ?? FONT_SIZE) * (options.bold ? EM_PER_BOLD_CHARACTER : EM_PER_CHARACTER)

/**
 * Breaks `text` at spaces into lines that fit in `width` pixels; a word longer than a line keeps its own line.
 * A no-break space (U+00A0) keeps its neighbours together.
 */
export function wrapText(text: string, width: number, options: { fontSize?: number; bold?: boolean } = {}): string[] {
  const lines: string[] = []
  for (const word of text.split(/[ \n\t]+/).filter(Boolean)) {
    const last = lines.at(-1)
    if (last !== undefined && textWidth(`${last} ${word}`, options) <= width) lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  return lines.length ? lines : ['']
}
