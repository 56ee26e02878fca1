/**
 * The partner kit's poster (A4) and flyer (A6) as a tagged PDF: Dutch plus one chosen language, each language in
 * its own section with its /Lang, the QR code to the intake page as a Figure with alternative text, and the
 * confidant's phone number and walk-in hours. Everything is real text in embedded fonts.
 */
import PDFDocument from 'pdfkit'
import { POSTER_TEXTS, RIGHT_TO_LEFT_LANGUAGES, fillPosterText, type PartnerInfo, type PosterFormat, type PosterLanguage, type PosterTexts } from '@klankbord/contract'
import { documentBytes } from '../report/pdf/create-document.js'
import { artifact, container, tagged, type Doc, type StructureElement } from '../report/pdf/tagging.js'
import { drawParagraph } from './paragraph.js'
import { POSTER_COLOR, POSTER_LAYOUTS, scaledLayout, type PosterLayout } from './poster-layout.js'
import { fontRuns, registerPosterFonts } from './poster-fonts.js'
import { drawQrFigure } from './qr-figure.js'

export type PosterOptions = {
  /** The partner and its municipality's confidant, as the widget gets them. */
  readonly info: PartnerInfo
  /** The language besides Dutch; without it the poster is in Dutch only. */
  readonly language?: PosterLanguage
  readonly format: PosterFormat
  /** Where the QR code leads: `/meld?partner=KEY&channel=poster` on the public address. */
  readonly targetUrl: string
  readonly created?: Date
}

type Language = 'nl' | PosterLanguage

/** The texts of one language with the partner's names and numbers filled in. */
function filledTexts(language: Language, options: PosterOptions): PosterTexts {
  const { partner, municipality } = options.info
  const values = { confidant: municipality.confidantName, municipality: municipality.name, partner: partner.name, phone: municipality.confidantPhone, url: options.targetUrl }
  return Object.fromEntries(Object.entries(POSTER_TEXTS[language]).map(([key, text]) => [key, fillPosterText(text, values)])) as PosterTexts
}

class PosterWriter {
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

/** Who the concern goes to and who it does not go to: the heart of the poster. */
function writeIndependence(w: PosterWriter, parent: StructureElement, language: Language, texts: PosterTexts, options: PosterOptions, size: number): void {
  w.write(parent, 'P', texts.goesTo, language, { size: size * 1.1, bold: true, gapAfter: w.layout.gap / 2 })
  w.write(parent, 'P', options.info.partner.kind === 'municipality' ? texts.notToDepartment : texts.notToPartner, language, { size: size * 1.1 })
}

/** A language's section: heading, what the confidant does, independence; with `contact`, how to reach them. */
function writeSection(w: PosterWriter, language: Language, options: PosterOptions, heading: 'H1' | 'H2', contact: boolean): void {
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
function writeContactBlock(w: PosterWriter, language: Language, options: PosterOptions): void {
  const { layout, doc } = w
  const texts = filledTexts(language, options)
  const section = container(doc, w.root, 'Sect', { lang: language })
  const top = Math.max(w.y + layout.gap, layout.page.height - layout.margin - layout.qr - callLinesHeight(layout))
  const column = { x: layout.margin + layout.qr + layout.gap * 1.5, width: w.width - layout.qr - layout.gap * 1.5 }
  drawQrFigure(doc, section, options.targetUrl, { x: layout.margin, y: top, size: layout.qr, alt: texts.qrAlt })
  w.y = top
  w.write(section, 'P', texts.scan, language, { size: layout.body, ...column })
  // An address cannot wrap; where it is too long for the column beside the code (the flyer), it goes below it.
  const urlSize = layout.body * 0.85
  doc.font(fontRuns(options.targetUrl, 'bold')[0]!.font).fontSize(urlSize)
  const urlInColumn = doc.widthOfString(options.targetUrl) <= column.width
  const writeUrl = (place: { x?: number; width?: number }) => {
    w.write(section, 'P', texts.orVisit, language, { size: layout.body, ...place, gapAfter: 2 })
    w.write(section, 'P', options.targetUrl, 'nl', { size: urlSize, bold: true, ...place })
  }
  if (urlInColumn) writeUrl(column)
  w.y = Math.max(w.y, top + layout.qr + layout.gap)
  if (!urlInColumn) writeUrl({})
  writeCallLines(w, section, language, texts, options)
  section.end()
}

/** Long names or walk-in hours may not fit at full size: each try sets the type a little smaller. */
const SCALES = [1, 0.9, 0.8, 0.7, 0.6] as const

/** Renders the poster or flyer and returns the PDF's bytes. */
export async function renderPoster(options: PosterOptions): Promise<Buffer> {
  for (const scale of SCALES) {
    const { doc, overflowed } = drawPoster(options, scaledLayout(POSTER_LAYOUTS[options.format], scale))
    if (!overflowed || scale === SCALES.at(-1)) return documentBytes(doc)
  }
  throw new Error('unreachable: the last scale is always returned')
}

function drawPoster(options: PosterOptions, layout: PosterLayout): { doc: Doc; overflowed: boolean } {
  const nl = POSTER_TEXTS.nl
  const doc = new PDFDocument({
    size: [layout.page.width, layout.page.height],
    margins: { top: layout.margin, bottom: 0, left: layout.margin, right: layout.margin },
    pdfVersion: '1.7',
    tagged: true,
    subset: 'PDF/UA' as never,
    lang: 'nl-NL',
    displayTitle: true,
    info: {
      Title: `${nl.title} – ${options.info.partner.name}`,
      Subject: fillPosterText(nl.goesTo, { confidant: options.info.municipality.confidantName, municipality: options.info.municipality.name }),
      Author: options.info.municipality.confidantName,
      Keywords: ['vertrouwenspersoon', options.format === 'a4' ? 'poster' : 'flyer', ...(options.language ? [options.language] : [])].join(', '),
      Creator: 'Klankbord',
      CreationDate: options.created ?? new Date(0),
      ModDate: options.created ?? new Date(0),
    },
  })
  registerPosterFonts(doc)
  const w = new PosterWriter(doc, layout)
  if (options.format === 'a4') {
    writeSection(w, 'nl', options, 'H1', false)
    if (options.language) writeSection(w, options.language, options, 'H2', true)
    writeContactBlock(w, 'nl', options)
  } else {
    for (const [index, language] of (['nl', ...(options.language ? [options.language] : [])] as Language[]).entries()) {
      if (index > 0) w.newPage()
      writeSection(w, language, options, index === 0 ? 'H1' : 'H2', false)
      writeContactBlock(w, language, options)
    }
  }
  w.root.end()
  return { doc, overflowed: w.overflowed }
}
