import { RIGHT_TO_LEFT_LANGUAGES, type PosterLanguage } from '@klankbord/contract'
import { artifact, tagged, type Doc, type StructureElement } from '../report/pdf/tagging.js'
import { drawParagraph } from './paragraph.js'
import { POSTER_COLOR, type PosterLayout } from './poster-layout.js'

export type Language = 'nl' | PosterLanguage

/** Writes a poster's paragraphs one below the other, each tagged with its role and language, and notes an overflow. */
export class PosterWriter {
  readonly root: StructureElement
  y: number
  /** Text went below the page's bottom margin: the poster is drawn again smaller. */
  overflowed = false

  constructor(
    readonly doc: Doc,
    readonly layout: PosterLayout,
  ) {
    this.root = doc.struct('Document')
    doc.addStructure(this.root)
    this.y = this.pageTop()
  }

  get width(): number {
    return this.layout.page.width - 2 * this.layout.margin
  }

  /** Draws the accent band of a new page and returns where the text starts. */
  pageTop(): number {
    const { doc, layout } = this
    artifact(doc, () => doc.rect(0, 0, layout.page.width, layout.band).fill(POSTER_COLOR.accent))
    doc.fillColor(POSTER_COLOR.ink)
    return layout.band + layout.margin * 0.8
  }

  newPage(): void {
    this.doc.addPage()
    this.y = this.pageTop()
  }

  /** One paragraph or heading in the language's direction, below the previous one. */
  write(parent: StructureElement, role: string, text: string, language: Language, style: { size: number; bold?: boolean; width?: number; x?: number; gapAfter?: number; alignRight?: boolean }): void {
    const box = { x: style.x ?? this.layout.margin, y: this.y, width: style.width ?? this.width, size: style.size, bold: style.bold, rightToLeft: RIGHT_TO_LEFT_LANGUAGES.includes(language), alignRight: style.alignRight }
    tagged(
      this.doc,
      parent,
      role,
      () => {
        this.doc.fillColor(POSTER_COLOR.ink)
        this.y = drawParagraph(this.doc, text, box)
      },
      { lang: language },
    )
    if (this.y > this.layout.page.height - this.layout.margin / 2) this.overflowed = true
    this.y += style.gapAfter ?? this.layout.gap
  }
}
