import { encode } from 'uqr'
import { tagged, type Doc, type StructureElement } from '../report/pdf/tagging.js'

/**
 * The QR code's modules: error correction M (a poster may get a crease or a pin through it) and no border of its
 * own; the poster keeps white space around it.
 */
export const qrModules = (text: string): boolean[][] => encode(text, { ecc: 'M', border: 0 }).data

/** The QR code as vector squares, `size` points wide, in a Figure whose alternative text says where it leads. */
export function drawQrFigure(doc: Doc, parent: StructureElement, text: string, at: { x: number; y: number; size: number; alt: string }): void {
  const modules = qrModules(text)
  const module = at.size / modules.length
  tagged(
    doc,
    parent,
    'Figure',
    () => {
      modules.forEach((row, y) =>
        row.forEach((dark, x) => {
          if (dark) doc.rect(at.x + x * module, at.y + y * module, module, module)
        }),
      )
      doc.fillColor('#000000').fill()
    },
    { alt: at.alt, bbox: [at.x, at.y, at.x + at.size, at.y + at.size], placement: 'Block' },
  )
}
