/** Everything the report shows, computed from the published tables before any page is drawn. */
import { chartViews, recommendations, signalResponses, type ChartData, type ChartView, type PublishedTables, type Recommendation } from '../../charts/index.js'
import { partialNote, periodText } from '../../charts/coverage.js'
import { publishedGranularity, type Granularity } from './granularity.js'
import { informationLoss, type InformationLoss } from './information-loss.js'
import { keyFigures, type KeyFigures } from './key-figures.js'
import { mergedCategories, type MergedCategory } from './merged-categories.js'
import { signalGroups, type SignalGroup } from './signal-groups.js'
import type { ReportScope } from './report-scope.js'

export type ReportModel = {
  readonly scope: ReportScope
  readonly k: number
  /** "Gennep", or "alle gemeenten". */
  readonly place: string
  readonly confidantName: string | undefined
  readonly now: Date
  /** The year and the year before as the report writes them, with dates when partial: "2026 (1 jan – 7 dec)". */
  readonly periods: { readonly current: string; readonly previous: string }
  /** Says which of the two years the data does not fully cover; undefined when both are complete. */
  readonly partialNote: string | undefined
  readonly keyFigures: KeyFigures
  readonly charts: readonly ChartView[]
  /** The signals the municipality has seen, repeats taken together. */
  readonly signals: readonly SignalGroup[]
  /** Recommendations in this year's report, and those of last year with what became of them. */
  readonly recommendations: { readonly current: readonly Recommendation[]; readonly previous: readonly Recommendation[] }
  readonly informationLoss: readonly InformationLoss[]
  readonly merged: readonly MergedCategory[]
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
    periods: { current: periodText(tables, scope.year, 'nl'), previous: periodText(tables, scope.previousYear, 'nl') },
    partialNote: partialNote(tables, [scope.previousYear, scope.year], 'nl'),
    keyFigures: keyFigures(tables, scope),
    // One municipality has nothing to compare with: the chart per municipality is for regional reports.
    charts: scope.municipality === undefined ? charts : charts.filter((chart) => chart.id !== 'municipalities'),
    signals: signalGroups(signalResponses(data(scope.year))),
    recommendations: { current: recommendations(data(scope.year)), previous: recommendations(data(scope.previousYear)) },
    informationLoss: informationLoss(tables),
    merged: mergedCategories(tables, [scope.previousYear, scope.year]),
    granularity: publishedGranularity(tables),
  }
}
