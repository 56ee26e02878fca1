/** The annual report as a tagged PDF, from the published statistics alone. */
import { readPublishedTables } from './data/published-tables.js'
import { reportModel, type ReportModel } from './data/report-model.js'
import { reportScope } from './data/report-scope.js'
import { createDocument, documentBytes } from './pdf/create-document.js'
import { drawPageFurniture } from './pdf/page-furniture.js'
import { ReportWriter } from './pdf/writer.js'
import { drawCharts } from './sections/charts.js'
import { fillContents, reserveContents } from './sections/contents.js'
import { drawCover } from './sections/cover.js'
import { drawMethodology } from './sections/methodology.js'
import { drawRecommendationSection } from './sections/recommendations.js'
import { drawSignals } from './sections/signals.js'
import { drawSummary } from './sections/summary.js'

export type AnnualReportOptions = {
  /** The folder the pipeline publishes to (`<dataDir>/statistics`). */
  readonly statisticsDir: string
  readonly year: number
  /** A municipality's name as published; all municipalities together when left out. */
  readonly municipality?: string
  /** The smallest published count (KLANKBORD_MIN_CELL). */
  readonly k: number
  /** For the cover; the municipality's setting `confidantName`. */
  readonly confidantName?: string
  /** The date on the cover and in the document's metadata. */
  readonly now?: Date
}

export function drawReport(model: ReportModel): Promise<Buffer> {
  const { year } = model.scope
  const title = `Jaarverslag ${year} vertrouwenspersoon sociaal domein – ${model.scope.municipality ?? 'alle gemeenten'}`
  const doc = createDocument({
    title,
    subject: `Anonieme cijfers, signalen en aanbevelingen van de onafhankelijke vertrouwenspersoon sociaal domein over ${year}`,
    author: model.confidantName ?? 'Vertrouwenspersoon sociaal domein',
    keywords: 'vertrouwenspersoon, sociaal domein, jaarverslag, onvrede, signalen',
    created: model.now,
  })
  const w = new ReportWriter(doc)
  drawCover(w, model)
  const contents = reserveContents(w)
  drawSummary(w, model)
  drawCharts(w, model)
  drawSignals(w, model)
  drawRecommendationSection(w, model)
  drawMethodology(w, model)
  fillContents(w, contents)
  drawPageFurniture(doc, `Jaarverslag ${year} · vertrouwenspersoon sociaal domein · ${model.scope.municipality ?? 'alle gemeenten'}`)
  w.root.end()
  return documentBytes(doc)
}

/**
 * Reads the published tables in `statisticsDir` and draws the report for one year. Throws an
 * AnnualReportError when nothing was published, the year has no figures or the municipality is unknown.
 */
export async function renderAnnualReport(options: AnnualReportOptions): Promise<Buffer> {
  const tables = await readPublishedTables(options.statisticsDir)
  const scope = reportScope(tables, options.year, options.municipality)
  return drawReport(reportModel(tables!, scope, { k: options.k, confidantName: options.confidantName, now: options.now ?? new Date() }))
}
