/**
 * The annual report (Node only: PDFKit, fonts from disk). Imported as `@klankbord/dashboard/report`, never
 * from the dashboard's browser bundle.
 */
export { renderAnnualReport, type AnnualReportOptions } from './render-annual-report.js'
export { AnnualReportError, isReportYear, type ReportProblem } from './data/report-scope.js'
export { keyFigures, type KeyFigure, type KeyFigures } from './data/key-figures.js'
