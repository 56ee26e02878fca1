/**
 * The structure tree of a tagged PDF (PDF/UA): every piece of content belongs to a structure element
 * (heading, paragraph, list, table cell, figure) or is marked as an artifact (page numbers, rules, fills).
 */
export type Doc = PDFKit.PDFDocument
export type StructureElement = PDFKit.PDFStructureElement

/** Structure options PDFKit supports beyond its type definitions: table header scope and layout box. */
export type StructureOptions = PDFKit.Mixins.StructureElementOptions & {
  scope?: 'Row' | 'Column' | 'Both'
  bbox?: [number, number, number, number]
  placement?: 'Block' | 'Inline'
}

/** A structure element holding what `draw` puts on the page; a page break inside it keeps the content in it. */
export function tagged(doc: Doc, parent: StructureElement, type: string, draw: () => void, options: StructureOptions = {}): StructureElement {
  const element = doc.struct(type, options as PDFKit.Mixins.StructureElementOptions)
  parent.add(element)
  element.add(draw)
  element.end()
  return element
}

/** A structure element that groups others (Sect, L, LI, Table, TR); end it when its children are added. */
export function container(doc: Doc, parent: StructureElement, type: string, options: StructureOptions = {}): StructureElement {
  const element = doc.struct(type, options as PDFKit.Mixins.StructureElementOptions)
  parent.add(element)
  return element
}

/** Content that is not part of the text (page numbers, rules, backgrounds): screen readers skip it. */
export function artifact(doc: Doc, draw: () => void, type: 'Pagination' | 'Layout' = 'Layout'): void {
  doc.markContent('Artifact', { type })
  draw()
  doc.endMarkedContent()
}
