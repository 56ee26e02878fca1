/**
 * The poster's type: Noto Sans in the subsets @fontsource ships (Latin, Latin Extended for Polish and Turkish,
 * Cyrillic for Ukrainian) and Noto Sans Arabic, all embedded and subset by PDFKit like the annual report's.
 * A subset file covers only its script, so text is set in runs: each character in the first font that has it.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import * as fontkit from 'fontkit'
import { woffToSfnt } from '../report/pdf/woff.js'
import type { Doc } from '../report/pdf/tagging.js'

type Weight = 'regular' | 'bold'
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'arabic'] as const
type Subset = (typeof SUBSETS)[number]

const file = (subset: Subset, weight: Weight): string => {
  const number = weight === 'bold' ? 700 : 400
  return subset === 'arabic'
    ? `@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-${number}-normal.woff`
    : `@fontsource/noto-sans/files/noto-sans-${subset}-${number}-normal.woff`
}

const fontName = (subset: Subset, weight: Weight) => `Poster-${subset}-${weight}`

const require = createRequire(import.meta.url)
let parsed: Map<string, fontkit.Font> | undefined

/** Every subset in both weights, read and parsed once per process. */
function fonts(): Map<string, fontkit.Font> {
  parsed ??= new Map(
    SUBSETS.flatMap((subset) =>
      (['regular', 'bold'] as const).map((weight) => [fontName(subset, weight), fontkit.create(woffToSfnt(readFileSync(require.resolve(file(subset, weight))))) as fontkit.Font] as const),
    ),
  )
  return parsed
}

export function registerPosterFonts(doc: Doc): void {
  for (const [name, font] of fonts()) doc.registerFont(name, font as unknown as Buffer)
  doc.font(fontName('latin', 'regular'))
}

/** A stretch of text set in one font. */
export type FontRun = { readonly font: string; readonly text: string }

const covers = (name: string, char: string): boolean => fonts().get(name)!.hasGlyphForCodePoint(char.codePointAt(0)!)

/**
 * The text cut into runs by font. A character stays in the current run's font when that font has it (spaces and
 * punctuation do not start a new run); otherwise it takes the first subset that has it. A character no subset has
 * becomes "?", so a poster never shows an empty box.
 */
export function fontRuns(text: string, weight: Weight = 'regular'): FontRun[] {
  const runs: { font: string; text: string }[] = []
  for (const char of text) {
    const current = runs.at(-1)
    if (current && covers(current.font, char)) {
      current.text += char
      continue
    }
    const subset = SUBSETS.find((candidate) => covers(fontName(candidate, weight), char))
    const font = fontName(subset ?? 'latin', weight)
    const printed = subset ? char : '?'
    if (current?.font === font) current.text += printed
    else runs.push({ font, text: printed })
  }
  return runs
}

/** The width of text set in its runs at the document's current size. */
export function runsWidth(doc: Doc, runs: readonly FontRun[]): number {
  return runs.reduce((sum, run) => sum + doc.font(run.font).widthOfString(run.text), 0)
}
