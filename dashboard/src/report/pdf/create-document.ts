/** A tagged A4 PDF aiming at PDF/UA, in Dutch, with its title shown by the reader and embedded fonts. */
import PDFDocument from 'pdfkit'
import { registerFonts } from './fonts.js'
import { MARGIN, PAGE } from './layout.js'
import type { Doc } from './tagging.js'

export type DocumentInfo = { readonly title: string; readonly subject: string; readonly author: string; readonly keywords: string; readonly created: Date }

export function createDocument(info: DocumentInfo): Doc {
  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margins: { ...MARGIN },
    pdfVersion: '1.7',
    tagged: true,
    subset: 'PDF/UA' as never,
    lang: 'nl-NL',
    displayTitle: true,
    // Pages stay in memory so the contents and the page numbers can be written once the last page exists.
    bufferPages: true,
    info: { Title: info.title, Subject: info.subject, Author: info.author, Keywords: info.keywords, Creator: 'Klankbord', CreationDate: info.created, ModDate: info.created },
  })
  registerFonts(doc)
  return doc
}

/** Ends the document and collects its bytes. */
export function documentBytes(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    doc.end()
  })
}
