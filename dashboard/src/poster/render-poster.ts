/**
 * The partner kit's poster (A4) and flyer (A6) as a tagged PDF: Dutch plus one chosen language, each language in
 * its own section with its /Lang, the QR code to the intake page as a Figure with alternative text, and the
 * confidant's phone number and walk-in hours. Everything is real text in embedded fonts.
 */
import PDFDocument from 'pdfkit'
import { POSTER_TEXTS, fillPosterText, type PartnerInfo, type PosterFormat, type PosterLanguage } from '@klankbord/contract'
import { documentBytes } from '../report/pdf/create-document.js'
import type { Doc } from '../report/pdf/tagging.js'
import { POSTER_LAYOUTS, scaledLayout, type PosterLayout } from './poster-layout.js'
import { registerPosterFonts } from './poster-fonts.js'
import { writeContactBlock, writeSection } from './poster-sections.js'
import { PosterWriter, type Language } from './poster-writer.js'

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
