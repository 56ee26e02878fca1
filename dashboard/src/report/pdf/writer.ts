/**
 * Writes the report's flow: headings (with bookmarks, destinations and contents entries), paragraphs and page
 * breaks, each tagged in the structure tree. Tables, lists and figures have their own files.
 */
import { FONT, printable } from './fonts.js'
import { COLOR, CONTENT_BOTTOM, CONTENT_WIDTH, GAP, MARGIN, PAGE, SIZE } from './layout.js'
import { tagged, type Doc, type StructureElement } from './tagging.js'

export type Heading = { readonly level: 1 | 2; readonly text: string; readonly pageIndex: number; readonly destination: string }

export type TextStyle = {
  readonly font?: string
  readonly size?: number
  readonly color?: string
  readonly x?: number
  readonly width?: number
  /** Space below, in points. */
  readonly gap?: number
}

export class ReportWriter {
  /** The root of the structure tree; every section hangs below it, in reading order. */
  readonly root: StructureElement
  /** Every heading in order, for the table of contents. */
  readonly headings: Heading[] = []
  private pageCount = 1
  private chapter: PDFKit.PDFOutline | undefined

  constructor(readonly doc: Doc) {
    this.root = doc.struct('Document')
    doc.addStructure(this.root)
    doc.on('pageAdded', () => this.pageCount++)
  }

  /** Zero-based index of the page being written. */
  get pageIndex(): number {
    return this.pageCount - 1
  }

  get y(): number {
    return this.doc.y
  }

  newPage(): void {
    this.doc.addPage()
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > CONTENT_BOTTOM && this.doc.y > MARGIN.top + 1) this.newPage()
  }

  space(points: number): void {
    this.doc.y = Math.min(this.doc.y + points, CONTENT_BOTTOM)
  }

  /** A section of the structure tree (PDF `Sect`), optionally on a new page. */
  section(options: { newPage?: boolean; parent?: StructureElement } = {}): StructureElement {
    if (options.newPage && (this.doc.y > MARGIN.top + 1 || this.pageIndex === 0)) this.newPage()
    const section = this.doc.struct('Sect')
    ;(options.parent ?? this.root).add(section)
    return section
  }

  /**
   * A heading: H1 or H2 in the structure, a bookmark in the outline (H2 under its H1) and a named destination
   * the table of contents links to. `contents: false` leaves it out of contents and bookmarks (the cover).
   */
  heading(parent: StructureElement, level: 1 | 2, text: string, options: { contents?: boolean; size?: number } = {}): void {
    const size = options.size ?? (level === 1 ? SIZE.h1 : SIZE.h2)
    const doc = this.doc.font(FONT.bold).fontSize(size)
    // Never a heading alone at the bottom of a page: keep room for a few lines after it.
    this.ensureSpace(doc.heightOfString(printable(text), { width: CONTENT_WIDTH }) + 60)
    if (level === 2) this.space(GAP.heading)
    if (options.contents !== false) {
      const destination = `kop-${this.headings.length + 1}`
      doc.addNamedDestination(destination, 'XYZ', null, doc.y, null)
      // PDFKit's outline computes `left` as page width minus this option: passing the width puts it at 0.
      const bookmark = { top: doc.y, left: PAGE.width }
      if (level === 1) this.chapter = doc.outline.addItem(printable(text), bookmark as never)
      else (this.chapter ?? doc.outline).addItem(printable(text), bookmark as never)
      this.headings.push({ level, text, pageIndex: this.pageIndex, destination })
    }
    tagged(doc, parent, `H${level}`, () => {
      doc.font(FONT.bold).fontSize(size).fillColor(level === 1 ? COLOR.accent : COLOR.ink)
      doc.text(printable(text), MARGIN.left, doc.y, { width: CONTENT_WIDTH, align: 'left' })
    })
    this.space(level === 1 ? GAP.block : GAP.heading - 2)
  }

  /** A paragraph (PDF `P`), left-aligned: justified text loses its spaces in the tagged text. */
  paragraph(parent: StructureElement, text: string, style: TextStyle = {}): void {
    const doc = this.doc
    tagged(doc, parent, 'P', () => this.write(text, style))
    this.space(style.gap ?? GAP.paragraph)
  }

  /** Text in the current marked content, for use inside a structure element someone else opened. */
  write(text: string, style: TextStyle = {}, y = this.doc.y): void {
    this.doc
      .font(style.font ?? FONT.regular)
      .fontSize(style.size ?? SIZE.body)
      .fillColor(style.color ?? COLOR.ink)
      .text(printable(text), style.x ?? MARGIN.left, y, { width: style.width ?? CONTENT_WIDTH, align: 'left', lineGap: 1.5 })
  }

  /** The height `text` would take in this style. */
  heightOf(text: string, style: TextStyle = {}): number {
    return this.doc
      .font(style.font ?? FONT.regular)
      .fontSize(style.size ?? SIZE.body)
      .heightOfString(printable(text), { width: style.width ?? CONTENT_WIDTH, align: 'left', lineGap: 1.5 })
  }
}
