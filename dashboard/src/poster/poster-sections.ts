/** The poster's blocks: a language's section (heading, what the confidant does, independence) and the QR code with how to reach the confidant. */
import { POSTER_TEXTS, RIGHT_TO_LEFT_LANGUAGES, fillPosterText, type PosterTexts } from '@klankbord/contract'
import { container, type StructureElement } from '../report/pdf/tagging.js'
import type { PosterLayout } from './poster-layout.js'
import { fontRuns } from './poster-fonts.js'
import type { PosterOptions } from './render-poster.js'
import { drawQrFigure } from './qr-figure.js'
import type { Language, PosterWriter } from './poster-writer.js'

/** The texts of one language with the partner's names and numbers filled in. */
function filledTexts(language: Language, options: PosterOptions): PosterTexts {
  const { partner, municipality } = options.info
  const values = { confidant: municipality.confidantName, municipality: municipality.name, partner: partner.name, phone: municipality.confidantPhone, url: options.targetUrl }
  return Object.fromEntries(Object.entries(POSTER_TEXTS[language]).map(([key, text]) => [key, fillPosterText(text, values)])) as PosterTexts
}

/** Who the concern goes to and who it does not go to: the heart of the poster. */
function writeIndependence(w: PosterWriter, parent: StructureElement, language: Language, texts: PosterTexts, options: PosterOptions, size: number): void {
  w.write(parent, 'P', texts.goesTo, language, { size: size * 1.1, bold: true, gapAfter: w.layout.gap / 2 })
  w.write(parent, 'P', options.info.partner.kind === 'municipality' ? texts.notToDepartment : texts.notToPartner, language, { size: size * 1.1 })
}

/** A language's section: heading, what the confidant does, independence; with `contact`, how to reach them. */
export function writeSection(w: PosterWriter, language: Language, options: PosterOptions, heading: 'H1' | 'H2', contact: boolean): void {
  const texts = filledTexts(language, options)
  const section = container(w.doc, w.root, 'Sect', { lang: language })
  const { layout } = w
  w.write(section, heading, texts.title, language, { size: heading === 'H1' ? layout.title : layout.subtitle, bold: true })
  w.write(section, 'P', texts.lead, language, { size: layout.body })
  writeIndependence(w, section, language, texts, options, layout.body)
  if (contact) {
    w.write(section, 'P', texts.scan, language, { size: layout.body, gapAfter: layout.gap / 2 })
    writeCallLines(w, section, language, texts, options)
  }
  section.end()
}

/** How to talk instead of typing: the phone number and the walk-in hours (as entered, in Dutch). */
function writeCallLines(w: PosterWriter, parent: StructureElement, language: Language, texts: PosterTexts, options: PosterOptions): void {
  const size = w.layout.body
  const rightToLeft = RIGHT_TO_LEFT_LANGUAGES.includes(language)
  const hours = options.info.municipality.walkInHours.trim()
  w.write(parent, 'P', texts.call, language, { size, bold: true, gapAfter: hours ? w.layout.gap / 2 : undefined })
  // A municipality without a walk-in hour has none entered: then the poster does not mention it.
  if (!hours) return
  w.write(parent, 'P', texts.walkIn, language, { size, gapAfter: 1 })
  w.write(parent, 'P', hours, 'nl', { size, alignRight: rightToLeft })
}

/** Room the contact block takes below the QR code: the call and walk-in lines (and on the flyer the address). */
const callLinesHeight = (layout: PosterLayout) => layout.body * 9 + layout.gap * 3

/** The QR code with, beside it, how to use it and the address spelled out; below, how to call or walk in. */
export function writeContactBlock(w: PosterWriter, language: Language, options: PosterOptions): void {
  const { layout, doc } = w
  const texts = filledTexts(language, options)
  const section = container(doc, w.root, 'Sect', { lang: language })
  const top = Math.max(w.y + layout.gap, layout.page.height - layout.margin - layout.qr - callLinesHeight(layout))
  const column = { x: layout.margin + layout.qr + layout.gap * 1.5, width: w.width - layout.qr - layout.gap * 1.5 }
  drawQrFigure(doc, section, options.targetUrl, { x: layout.margin, y: top, size: layout.qr, alt: texts.qrAlt })
  w.y = top
  w.write(section, 'P', texts.scan, language, { size: layout.body, ...column })
  // An address cannot wrap: where it is too long for the column beside the code (the flyer) it goes below it, and
  // where it is too long for that too, it is set smaller.
  const urlSize = layout.body * 0.85
  const urlWidthPerPoint = doc.font(fontRuns(options.targetUrl, 'bold')[0]!.font).fontSize(1).widthOfString(options.targetUrl)
  const urlInColumn = urlWidthPerPoint * urlSize <= column.width
  const writeUrl = (place: { x?: number; width?: number }) => {
    w.write(section, 'P', texts.orVisit, language, { size: layout.body, ...place, gapAfter: 2 })
    w.write(section, 'P', options.targetUrl, 'nl', { size: Math.min(urlSize, (place.width ?? w.width) / urlWidthPerPoint), bold: true, ...place })
  }
  if (urlInColumn) writeUrl(column)
  w.y = Math.max(w.y, top + layout.qr + layout.gap)
  if (!urlInColumn) writeUrl({})
  writeCallLines(w, section, language, texts, options)
  section.end()
}
