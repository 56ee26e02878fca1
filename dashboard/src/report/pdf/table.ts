/**
 * A tagged table: Table with its Caption, a header row of TH (scope Column), and rows whose first cell is a
 * TH (scope Row) naming the row. Rows never split over pages; the header row is repeated (as an artifact).
 */
import { FONT, printable } from './fonts.js'
import { COLOR, CONTENT_BOTTOM, CONTENT_WIDTH, GAP, MARGIN, SIZE } from './layout.js'
import { artifact, container, tagged, type StructureElement } from './tagging.js'
import type { ReportWriter } from './writer.js'

export type TableData = {
  readonly caption: string
  readonly columns: readonly string[]
  readonly rows: readonly (readonly string[])[]
}

const PAD = { x: 5, y: 3.5 }
const LINE_GAP = 1
/** Counts, shares, days, changes and the withheld mark "–": right-aligned so digits line up. */
const NUMERIC = /^(?:[−+\-–]\s*)?[\d.,]+\s*(?:%|dagen|dag|procentpunt)?$|^[–-]$/

const isNumericColumn = (table: TableData, column: number) =>
  table.rows.length > 0 && table.rows.every((row) => NUMERIC.test((row[column] ?? '').trim()))

/** Numeric columns get their natural width; the others share the rest in proportion to their longest text. */
function columnWidths(w: ReportWriter, table: TableData, numeric: readonly boolean[]): number[] {
  const doc = w.doc
  const natural = table.columns.map((header, i) => {
    doc.font(FONT.bold).fontSize(SIZE.table)
    const head = doc.widthOfString(printable(header))
    doc.font(FONT.regular)
    const cells = Math.max(0, ...table.rows.map((row) => doc.widthOfString(printable(row[i] ?? ''))))
    return Math.max(head, cells) + 2 * PAD.x + 1
  })
  if (natural.reduce((a, b) => a + b, 0) <= CONTENT_WIDTH && numeric.every(Boolean)) return natural
  const fixed = natural.map((n, i) => (numeric[i] ? Math.min(n, CONTENT_WIDTH / 4) : 0))
  const free = CONTENT_WIDTH - fixed.reduce((a, b) => a + b, 0)
  const textNatural = natural.reduce((sum, n, i) => sum + (numeric[i] ? 0 : Math.min(n, CONTENT_WIDTH)), 0)
  return natural.map((n, i) => (numeric[i] ? fixed[i]! : Math.max(60, (free * Math.min(n, CONTENT_WIDTH)) / Math.max(1, textNatural))))
}

export function drawTable(w: ReportWriter, parent: StructureElement, table: TableData): void {
  const doc = w.doc
  const numeric = table.columns.map((_, i) => i > 0 && isNumericColumn(table, i))
  const widths = columnWidths(w, table, numeric)
  const xs = widths.map((_, i) => MARGIN.left + widths.slice(0, i).reduce((a, b) => a + b, 0))
  const tableWidth = widths.reduce((a, b) => a + b, 0)
  const cellHeight = (text: string, i: number, font: string) => {
    const width = widths[i]! - 2 * PAD.x
    doc.font(font).fontSize(SIZE.table)
    // Most cells hold one short line: measuring its width is much cheaper than wrapping it.
    const lines = !text.includes('\n') && doc.widthOfString(printable(text)) <= width ? doc.currentLineHeight(true) + LINE_GAP : doc.heightOfString(printable(text), { width, lineGap: LINE_GAP })
    return lines + 2 * PAD.y
  }
  const rowHeight = (cells: readonly string[], header: boolean) =>
    Math.max(...cells.map((text, i) => cellHeight(text, i, header || (i === 0 && table.columns.length > 1) ? FONT.bold : FONT.regular)))
  const headerHeight = rowHeight(table.columns, true)
  const captionHeight = w.heightOf(table.caption, { font: FONT.bold, size: SIZE.table + 0.5 }) + 4

  const heights = table.rows.map((cells) => rowHeight(cells, false))
  w.ensureSpace(captionHeight + headerHeight + (heights[0] ?? 0))
  const tableElement = container(doc, parent, 'Table')
  tagged(doc, tableElement, 'Caption', () => w.write(table.caption, { font: FONT.bold, size: SIZE.table + 0.5 }))
  w.space(3)

  const drawCells = (row: StructureElement | undefined, cells: readonly string[], y: number, height: number, header: boolean) => {
    cells.forEach((text, i) => {
      const rowHeader = !header && i === 0 && table.columns.length > 1
      const font = header || rowHeader ? FONT.bold : FONT.regular
      const draw = () =>
        doc
          .font(font)
          .fontSize(SIZE.table)
          .fillColor(COLOR.ink)
          .text(printable(text), xs[i]! + PAD.x, y + PAD.y, { width: widths[i]! - 2 * PAD.x, height, align: numeric[i] ? 'right' : 'left', lineGap: LINE_GAP })
      if (!row) draw()
      else tagged(doc, row, header || rowHeader ? 'TH' : 'TD', draw, header ? { scope: 'Column' } : rowHeader ? { scope: 'Row' } : {})
    })
  }
  const drawHeader = (row: StructureElement | undefined) => {
    const y = doc.y
    artifact(doc, () => doc.rect(MARGIN.left, y, tableWidth, headerHeight).fill(COLOR.headerFill))
    if (row) drawCells(row, table.columns, y, headerHeight, true)
    else artifact(doc, () => drawCells(undefined, table.columns, y, headerHeight, true), 'Pagination')
    artifact(doc, () => doc.moveTo(MARGIN.left, y + headerHeight).lineTo(MARGIN.left + tableWidth, y + headerHeight).lineWidth(0.8).strokeColor(COLOR.ink).stroke())
    doc.y = y + headerHeight
  }

  const head = container(doc, tableElement, 'THead')
  const headRow = container(doc, head, 'TR')
  drawHeader(headRow)
  headRow.end()
  head.end()
  const body = container(doc, tableElement, 'TBody')
  table.rows.forEach((cells, index) => {
    const height = heights[index]!
    if (doc.y + height > CONTENT_BOTTOM) {
      w.newPage()
      drawHeader(undefined)
    }
    const y = doc.y
    artifact(doc, () => {
      if (index % 2 === 1) doc.rect(MARGIN.left, y, tableWidth, height).fill(COLOR.stripe)
      doc.moveTo(MARGIN.left, y + height).lineTo(MARGIN.left + tableWidth, y + height).lineWidth(0.4).strokeColor(COLOR.rule).stroke()
    })
    const row = container(doc, body, 'TR')
    drawCells(row, cells, y, height, false)
    row.end()
    doc.y = y + height
  })
  body.end()
  tableElement.end()
  doc.x = MARGIN.left
  w.space(GAP.block)
}
