/** The confidant's recommendations: those in this year's report, and what became of last year's. */
import { RECOMMENDATION_STATUS_LABELS } from '@klankbord/contract/labels'
import type { Recommendation } from '../../charts/index.js'
import { FONT } from '../pdf/fonts.js'
import { COLOR, SIZE } from '../pdf/layout.js'
import { drawList } from '../pdf/list.js'
import type { StructureElement } from '../pdf/tagging.js'
import type { ReportWriter } from '../pdf/writer.js'
import type { ReportModel } from '../data/report-model.js'

const statusLabel = (status: string): string => (RECOMMENDATION_STATUS_LABELS.nl as Readonly<Record<string, string>>)[status] ?? status

function drawRecommendations(w: ReportWriter, parent: StructureElement, items: readonly Recommendation[], model: ReportModel, withResponse: boolean): void {
  drawList(
    w,
    parent,
    items.map((item, i) => ({
      label: `${i + 1}.`,
      paragraphs: [
        { text: item.text, style: { font: FONT.bold } },
        { text: [model.scope.municipality ? undefined : item.municipality, `Stand: ${statusLabel(item.status)}`].filter(Boolean).join(' · '), style: { size: SIZE.small + 0.5, color: COLOR.muted } },
        ...(withResponse ? [{ text: item.response ? `Wat de gemeente deed: ${item.response}` : 'De gemeente heeft nog niet laten weten wat zij ermee deed.', style: { font: item.response ? FONT.regular : FONT.italic } }] : []),
      ],
    })),
  )
}

export function drawRecommendationSection(w: ReportWriter, model: ReportModel): void {
  const { year, previousYear } = model.scope
  const section = w.section({ newPage: true })
  w.heading(section, 1, 'Aanbevelingen')
  w.paragraph(section, 'Elk jaar doet de vertrouwenspersoon aanbevelingen aan de gemeente. Het jaar daarna staat hier wat de gemeente ermee deed.')

  const previous = w.section({ parent: section })
  w.heading(previous, 2, `Wat werd er gedaan met de aanbevelingen uit ${previousYear}?`)
  if (model.recommendations.previous.length) drawRecommendations(w, previous, model.recommendations.previous, model, true)
  else w.paragraph(previous, `Er zijn geen aanbevelingen uit ${previousYear} gepubliceerd.`)
  previous.end()

  const current = w.section({ parent: section })
  w.heading(current, 2, `Aanbevelingen voor ${Number(year) + 1}`)
  if (model.recommendations.current.length) drawRecommendations(w, current, model.recommendations.current, model, false)
  else w.paragraph(current, `Er zijn (nog) geen aanbevelingen bij het verslag over ${year} gepubliceerd.`)
  current.end()
  section.end()
}
