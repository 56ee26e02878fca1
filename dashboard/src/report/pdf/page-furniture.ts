/** The running header and the page numbers, drawn on every page but the cover once all pages exist; artifacts. */
import { FONT, printable } from './fonts.js'
import { COLOR, CONTENT_WIDTH, MARGIN, PAGE, SIZE } from './layout.js'
import { artifact, type Doc } from './tagging.js'

export function drawPageFurniture(doc: Doc, runningTitle: string): void {
  const { start, count } = doc.bufferedPageRange()
  for (let index = start + 1; index < start + count; index++) {
    doc.switchToPage(index)
    artifact(
      doc,
      () => {
        const headerY = MARGIN.top - 30
        doc.font(FONT.regular).fontSize(SIZE.small).fillColor(COLOR.muted)
        doc.text(printable(runningTitle), MARGIN.left, headerY, { width: CONTENT_WIDTH, height: 14, lineBreak: false, align: 'left' })
        doc
          .moveTo(MARGIN.left, headerY + 13)
          .lineTo(MARGIN.left + CONTENT_WIDTH, headerY + 13)
          .lineWidth(0.5)
          .strokeColor(COLOR.rule)
          .stroke()
        doc.font(FONT.regular).fontSize(SIZE.small).fillColor(COLOR.muted)
        doc.text(`Pagina ${index + 1} van ${count}`, MARGIN.left, PAGE.height - MARGIN.bottom + 26, { width: CONTENT_WIDTH, height: 14, lineBreak: false, align: 'right' })
      },
      'Pagination',
    )
  }
}
