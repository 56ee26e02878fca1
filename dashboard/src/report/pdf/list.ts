/** A tagged list: L with LI items, each a label (Lbl: "1.", "•") and a body (LBody) of one or more paragraphs. */
import { FONT } from './fonts.js'
import { COLOR, CONTENT_WIDTH, GAP, MARGIN, SIZE } from './layout.js'
import { container, tagged, type StructureElement } from './tagging.js'
import type { ReportWriter, TextStyle } from './writer.js'

export type ListItem = {
  readonly label: string
  readonly paragraphs: readonly { readonly text: string; readonly style?: TextStyle }[]
}

const INDENT = 22

export function drawList(w: ReportWriter, parent: StructureElement, items: readonly ListItem[]): void {
  const doc = w.doc
  const body = { x: MARGIN.left + INDENT, width: CONTENT_WIDTH - INDENT }
  const list = container(doc, parent, 'L')
  for (const item of items) {
    // An item stays together on a page when it can; a very long one flows on.
    const height = item.paragraphs.reduce((sum, p) => sum + w.heightOf(p.text, { ...p.style, ...body }) + 3, 0)
    w.ensureSpace(Math.min(height, 240))
    const li = container(doc, list, 'LI')
    const y = doc.y
    tagged(doc, li, 'Lbl', () => w.write(item.label, { font: FONT.bold, color: COLOR.accent, x: MARGIN.left, width: INDENT - 4 }, y))
    doc.y = y
    const lbody = container(doc, li, 'LBody')
    for (const paragraph of item.paragraphs) {
      tagged(doc, lbody, 'P', () => w.write(paragraph.text, { size: SIZE.body, ...paragraph.style, ...body }))
      w.space(3)
    }
    lbody.end()
    li.end()
    w.space(GAP.paragraph)
  }
  list.end()
  doc.x = MARGIN.left
}
