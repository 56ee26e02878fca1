/** What a report is about (a year, one municipality or all) and why it cannot be made. */
import { availableMunicipalities, availableYears, type PublishedTables } from '../../charts/index.js'

export type ReportScope = {
  readonly year: string
  readonly previousYear: string
  /** A published municipality name, or undefined for all municipalities together. */
  readonly municipality: string | undefined
}

export type ReportProblem = 'no-statistics' | 'no-data-for-year' | 'unknown-municipality' | 'invalid-year'

/** Thrown when there is nothing to report on; the API answers 404 (400 for an invalid year). */
export class AnnualReportError extends Error {
  constructor(
    readonly problem: ReportProblem,
    message: string,
  ) {
    super(message)
    this.name = 'AnnualReportError'
  }
}

export const isReportYear = (year: number): boolean => Number.isInteger(year) && year >= 2000 && year <= 2100

export function reportScope(tables: PublishedTables | undefined, year: number, municipality: string | undefined): ReportScope {
  if (!isReportYear(year)) throw new AnnualReportError('invalid-year', `Geen geldig jaar / not a valid year: ${year}`)
  if (!tables) throw new AnnualReportError('no-statistics', 'Er zijn nog geen cijfers gepubliceerd. / No statistics have been published yet.')
  const text = String(year)
  if (!availableYears(tables).includes(text)) throw new AnnualReportError('no-data-for-year', `Geen cijfers over ${text}. / No statistics for ${text}.`)
  if (municipality !== undefined && !availableMunicipalities(tables).includes(municipality))
    throw new AnnualReportError('unknown-municipality', `Geen cijfers voor gemeente ${municipality}. / No statistics for municipality ${municipality}.`)
  return { year: text, previousYear: String(year - 1), municipality }
}
