/** Everything the report shows, computed from the published tables before any page is drawn. */
import { chartViews, recommendations, signalResponses, type ChartData, type ChartView, type PublishedTables, type Recommendation } from '../../charts/index.js'
import { keyFigures, type KeyFigure } from './key-figures.js'
import { signalGroups, type SignalGroup } from './signal-groups.js'
import type { ReportScope } from './report-scope.js'
import { publishedGranularity, suppressedCells, type Granularity, type SuppressedCount } from './suppressed-cells.js'

export type ReportModel = {
  readonly scope: ReportScope
  readonly k: number
  /** "Gennep", or "alle gemeenten". */
  readonly place: string
  readonly confidantName: string | undefined
  readonly now: Date
  readonly keyFigures: readonly KeyFigure[]
  readonly charts: readonly ChartView[]
  /** The signals the municipality has seen, repeats taken together. */
  readonly signals: readonly SignalGroup[]
  /** Recommendations in this year's report, and those of last year with what became of them. */
  readonly recommendations: { readonly current: readonly Recommendation[]; readonly previous: readonly Recommendation[] }
  readonly suppressed: readonly SuppressedCount[]
  readonly granularity: Granularity
}

export const ALL_MUNICIPALITIES = 'alle gemeenten'

export function reportModel(tables: PublishedTables, scope: ReportScope, options: { k: number; confidantName?: string; now: Date }): ReportModel {
  const data = (year: string): ChartData => ({ tables, filters: { year, municipality: scope.municipality }, locale: 'nl', k: options.k })
  const charts = chartViews(data(scope.year))
  return {
    scope,
    k: options.k,
    place: scope.municipality ?? ALL_MUNICIPALITIES,
    confidantName: options.confidantName,
    now: options.now,
    keyFigures: keyFigures(tables, scope, options.k),
    // One municipality has nothing to compare with: the chart per municipality is for regional reports.
    charts: scope.municipality === undefined ? charts : charts.filter((chart) => chart.id !== 'municipalities'),
    signals: signalGroups(signalResponses(data(scope.year))),
    recommendations: { current: recommendations(data(scope.year)), previous: recommendations(data(scope.previousYear)) },
    suppressed: suppressedCells(tables, scope),
    granularity: publishedGranularity(tables),
  }
}
