/**
 * The table of contents: its page is reserved right after the cover and filled in at the end, when every
 * heading knows its page. Entries are TOCI items whose Link holds the text and the link annotation.
 */
import { FONT, printable } from '../pdf/fonts.js'
import { COLOR, CONTENT_BOTTOM, CONTENT_WIDTH, MARGIN, SIZE } from '../pdf/layout.js'
import { artifact, container, type StructureElement } from '../pdf/tagging.js'
import type { Heading, ReportWriter } from '../pdf/writer.js'

export type ContentsPage = { readonly section: StructureElement; readonly pageIndex: number; readonly top: number }

export function reserveContents(w: ReportWriter): ContentsPage {
  const section = w.section({ newPage: true })
  w.heading(section, 1, 'Inhoud', { contents: false })
  return { section, pageIndex: w.pageIndex, top: w.y }
}

const NUMBER_WIDTH = 28

export function fillContents(w: ReportWriter, page: ContentsPage): void {
  const doc = w.doc
  doc.switchToPage(page.pageIndex)
  doc.y = page.top
  const lineHeight = (heading: Heading) => (heading.level === 1 ? SIZE.body + 11 : SIZE.body + 5)
  const room = CONTENT_BOTTOM - page.top
  // One page for the contents: when every heading does not fit, the chapters alone do.
  const fits = w.headings.reduce((sum, h) => sum + lineHeight(h) * (h.text.length > 80 ? 2 : 1), 0) <= room
  const entries = fits ? w.headings : w.headings.filter((h) => h.level === 1)
  const toc = container(doc, page.section, 'TOC')
  for (const heading of entries) {
    const indent = heading.level === 1 ? 0 : 16
    const x = MARGIN.left + indent
    const width = CONTENT_WIDTH - indent - NUMBER_WIDTH
    const font = heading.level === 1 ? FONT.bold : FONT.regular
    if (heading.level === 1) doc.y += 5
    const y = doc.y
    const title = printable(heading.text)
    const height = doc.font(font).fontSize(SIZE.body).heightOfString(title, { width, lineGap: 1 })
    const item = container(doc, toc, 'TOCI')
    const reference = container(doc, item, 'Reference')
    const link = container(doc, reference, 'Link')
    link.add(() => {
      doc.font(font).fontSize(SIZE.body).fillColor(COLOR.ink).text(title, x, y, { width, height, lineGap: 1, align: 'left' })
      doc.text(String(heading.pageIndex + 1), MARGIN.left + CONTENT_WIDTH - NUMBER_WIDTH, y, { width: NUMBER_WIDTH, height, align: 'right', lineBreak: false })
    })
    // The annotation joins the Link element (an OBJR), with a description as PDF/UA asks of every annotation.
    const annotation = { structParent: link, Contents: new String(`${heading.text}, pagina ${heading.pageIndex + 1}`) }
    doc.goTo(x, y, CONTENT_WIDTH - indent, height, heading.destination, annotation as never)
    link.end()
    reference.end()
    item.end()
    artifact(doc, () =>
      doc
        .moveTo(x, y + height + 1.5)
        .lineTo(MARGIN.left + CONTENT_WIDTH, y + height + 1.5)
        .lineWidth(0.3)
        .dash(1, { space: 2 })
        .strokeColor(COLOR.rule)
        .stroke()
        .undash(),
    )
    doc.y = y + height + (heading.level === 1 ? 6 : 4)
  }
  toc.end()
  page.section.end()
}
