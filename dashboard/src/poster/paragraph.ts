/**
 * A paragraph set word by word, in either direction. A subset font covers one script, so a word may need several
 * fonts; PDFKit would break a line between them, in the middle of a word, so the lines are made here.
 *
 * Right to left (Arabic) has the little bidirectional layout a poster needs: words fill each line from the right; a
 * stretch of left-to-right words (a name, a phone number, an address) keeps its own order, with its closing
 * punctuation on its left. fontkit shapes each Arabic word (joining forms, lam-alef) and gives its glyphs in visual
 * order. Each such line carries its text in reading order as ActualText, because the font draws several letters
 * with one dotless shape and its glyphs alone cannot be read back.
 */
import type { Doc } from '../report/pdf/tagging.js'
import { fontRuns, runsWidth, type FontRun } from './poster-fonts.js'

export type ParagraphBox = { readonly x: number; readonly y: number; readonly width: number; readonly size: number; readonly bold?: boolean; readonly rightToLeft?: boolean; readonly alignRight?: boolean }

const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u
const CLOSING_PUNCTUATION = /[.:,;!?؟،]+$/u
const LINE_GAP = 0.25

/** A word, or in right-to-left text a stretch of left-to-right words, placed as one block. */
type Unit = { readonly text: string; readonly runs: FontRun[]; readonly rightToLeft: boolean; readonly width: number; readonly attached?: boolean }

function measure(doc: Doc, text: string, rightToLeft: boolean, bold: boolean, attached = false): Unit {
  const runs = fontRuns(text, bold ? 'bold' : 'regular')
  return { text, runs, rightToLeft, width: runsWidth(doc, runs), attached }
}

function rightToLeftUnits(doc: Doc, words: string[], bold: boolean): Unit[] {
  const result: Unit[] = []
  let stretch: string[] = []
  const flush = () => {
    if (!stretch.length) return
    const joined = stretch.join(' ')
    const punctuation = CLOSING_PUNCTUATION.exec(joined)?.[0] ?? ''
    result.push(measure(doc, joined.slice(0, joined.length - punctuation.length), false, bold))
    // Punctuation after a left-to-right stretch belongs to the right-to-left sentence: it goes on the stretch's left.
    if (punctuation) result.push(measure(doc, punctuation, true, bold, true))
    stretch = []
  }
  for (const word of words) {
    if (RIGHT_TO_LEFT.test(word)) {
      flush()
      result.push(measure(doc, word, true, bold))
    } else stretch.push(word)
  }
  flush()
  return result
}

function lines(units: Unit[], width: number, space: number): Unit[][] {
  const result: Unit[][] = [[]]
  let used = 0
  for (const unit of units) {
    const line = result.at(-1)!
    const gap = line.length && !unit.attached ? space : 0
    if (line.length && gap && used + gap + unit.width > width) {
      result.push([unit])
      used = unit.width
    } else {
      line.push(unit)
      used += gap + unit.width
    }
  }
  return result
}

type Metrics = { ascender: number; descender: number }
const fontMetrics = (doc: Doc, font: string): Metrics => {
  const embedded = (doc.font(font) as unknown as { _font: Metrics })._font
  return { ascender: embedded.ascender, descender: embedded.descender }
}

function drawRuns(doc: Doc, runs: readonly FontRun[], x: number, baseline: number, rightToLeft: boolean): void {
  // Within a right-to-left word the first run is the rightmost (Arabic letters, then a full stop on their left).
  let at = x
  for (const run of rightToLeft ? [...runs].reverse() : runs) {
    doc.font(run.font).text(run.text, at, baseline, { lineBreak: false, baseline: 'alphabetic' })
    at += doc.widthOfString(run.text)
  }
}

/** Draws the paragraph in the box (aligned to its start: left, or right when right to left or asked); returns the y below it. */
export function drawParagraph(doc: Doc, text: string, box: ParagraphBox): number {
  doc.fontSize(box.size)
  const bold = box.bold ?? false
  const words = text.split(/\s+/).filter(Boolean)
  const units = box.rightToLeft ? rightToLeftUnits(doc, words, bold) : words.map((word) => measure(doc, word, false, bold))
  const space = doc.font(fontRuns(' ')[0]!.font).widthOfString(' ')
  let y = box.y
  for (const line of lines(units, box.width, space)) {
    const metrics = line.flatMap((unit) => unit.runs.map((run) => fontMetrics(doc, run.font)))
    const ascent = (Math.max(...metrics.map((m) => m.ascender)) * box.size) / 1000
    const descent = (Math.max(...metrics.map((m) => -m.descender)) * box.size) / 1000
    const baseline = y + ascent
    const reading = line.map((unit, index) => (index && !unit.attached ? ' ' : '') + unit.text).join('')
    if (box.rightToLeft) doc.markContent('Span', { actual: reading } as never)
    const lineWidth = line.reduce((sum, unit, index) => sum + unit.width + (index && !unit.attached ? space : 0), 0)
    let edge = box.rightToLeft ? box.x + box.width : box.alignRight ? box.x + box.width - lineWidth : box.x
    line.forEach((unit, index) => {
      const gap = index && !unit.attached ? space : 0
      if (box.rightToLeft) {
        edge -= gap + unit.width
        drawRuns(doc, unit.runs, edge, baseline, unit.rightToLeft)
      } else {
        // Left to right, the space is drawn too, so text read from the page keeps its words apart.
        if (gap) drawRuns(doc, fontRuns(' ', bold ? 'bold' : 'regular'), edge, baseline, false)
        drawRuns(doc, unit.runs, edge + gap, baseline, false)
        edge += gap + unit.width
      }
    })
    if (box.rightToLeft) doc.endMarkedContent()
    y = baseline + descent + box.size * LINE_GAP
  }
  doc.x = box.x
  doc.y = y
  return y
}
