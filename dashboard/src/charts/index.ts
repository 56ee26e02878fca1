/** The charts of the council dashboard and the annual report: one ChartView per chart, built from the published tables. */
import { channelsView } from './channels.js'
import { durationsView } from './durations.js'
import { kindsView } from './kinds.js'
import { municipalitiesView } from './municipalities.js'
import { outcomesView } from './outcomes.js'
import { overTimeView } from './over-time.js'
import { signalsView } from './signals.js'
import type { ChartData, ChartId, ChartView } from './types.js'
import { wishesSupportView } from './wishes-support.js'

const VIEWS: Readonly<Record<ChartId, (data: ChartData) => ChartView>> = {
  'over-time': overTimeView,
  kinds: kindsView,
  'wishes-support': wishesSupportView,
  outcomes: outcomesView,
  durations: durationsView,
  channels: channelsView,
  signals: signalsView,
  municipalities: municipalitiesView,
}

/** The order in which the dashboard and the report show the charts. */
export const CHART_IDS: readonly ChartId[] = ['over-time', 'kinds', 'wishes-support', 'outcomes', 'durations', 'channels', 'signals', 'municipalities']

export const chartView = (id: ChartId, data: ChartData): ChartView => VIEWS[id](data)

export const chartViews = (data: ChartData): ChartView[] => CHART_IDS.map((id) => chartView(id, data))

export { availableDomains, availableMunicipalities, availableYears } from './available.js'
export { formatPeriod } from './period.js'
export { recommendations, type Recommendation } from './recommendations.js'
export { signalResponses, type SignalResponse } from './signal-responses.js'
export type { ChartData, ChartFilters, ChartId, ChartTable, ChartView, PublishedRow, PublishedTables } from './types.js'
