/** The cover: which year, which municipality, whose report. No running header or page number. */
import { FONT } from '../pdf/fonts.js'
import { COLOR, CONTENT_WIDTH, MARGIN, PAGE, SIZE } from '../pdf/layout.js'
import { artifact } from '../pdf/tagging.js'
import type { ReportWriter } from '../pdf/writer.js'
import type { ReportModel } from '../data/report-model.js'

const longDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' })

export function drawCover(w: ReportWriter, model: ReportModel): void {
  const doc = w.doc
  const section = w.section()
  artifact(doc, () => doc.rect(0, 0, PAGE.width, 14).fill(COLOR.accent))
  doc.y = 190
  w.heading(section, 1, `Jaarverslag ${model.scope.year}`, { contents: false, size: SIZE.title })
  w.paragraph(section, 'Onafhankelijke vertrouwenspersoon sociaal domein', { size: SIZE.subtitle, gap: 28 })
  const place = model.scope.municipality === undefined ? 'Alle gemeenten samen' : `Gemeente ${model.scope.municipality}`
  w.paragraph(section, place, { font: FONT.bold, size: SIZE.subtitle, gap: 8 })
  if (model.confidantName) w.paragraph(section, `Vertrouwenspersoon: ${model.confidantName}`, { size: SIZE.body + 1.5, gap: 8 })
  const lineY = doc.y + 18
  artifact(doc, () => doc.moveTo(MARGIN.left, lineY).lineTo(MARGIN.left + 120, lineY).lineWidth(2).strokeColor(COLOR.accent).stroke())
  doc.y = PAGE.height - MARGIN.bottom - 70
  w.paragraph(
    section,
    'Dit verslag bevat alleen anonieme cijfers: opgeteld per jaar, gemeente en onderwerp, met kleine aantallen weggelaten. ' +
      'Er staat niets in dat naar een inwoner wijst.',
    { size: SIZE.small + 0.5, color: COLOR.muted, width: CONTENT_WIDTH * 0.8, gap: 4 },
  )
  w.paragraph(section, `Gemaakt op ${longDate.format(model.now)}`, { size: SIZE.small + 0.5, color: COLOR.muted })
  section.end()
}
