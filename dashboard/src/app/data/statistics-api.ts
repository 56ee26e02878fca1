import type { StatisticsList, StatisticsTableInfo } from '@klankbord/contract'
import type { PublishedTables } from '../../charts/types.js'
import { rowsFromArrow } from './arrow-rows.js'

const API_ROOT = '/api/v1/statistics'

/**
 * The tables the charts and "you said, we did" are drawn from. index.html preloads the same URLs, so the
 * requests start while the script still loads; keep the two lists equal.
 */
export const CHART_TABLES = ['over_time', 'concerns', 'channels', 'kinds', 'outcomes', 'wishes', 'support', 'signals', 'signal_texts', 'recommendations'] as const

/** The statistics could not be read: 401 = not signed in (and not public), 403 = another role, 0 = the network failed. */
export class StatisticsError extends Error {
  constructor(readonly status: number) {
    super(status ? `HTTP ${status}` : 'network error')
  }
}

export type Statistics = {
  /** The smallest published count (k). */
  readonly k: number
  readonly infos: readonly StatisticsTableInfo[]
  readonly tables: PublishedTables
}

/**
 * No request headers: a preloaded response is only reused by a fetch that asks exactly the same, so the format
 * is chosen by `?format=arrow` instead of `Accept` (the list answers JSON by default).
 */
async function get(url: string, options: { missingIsEmpty?: boolean } = {}): Promise<Response> {
  let response: Response
  try {
    response = await fetch(url, { credentials: 'same-origin' })
  } catch {
    throw new StatisticsError(0)
  }
  if (!response.ok && !(options.missingIsEmpty && response.status === 404)) throw new StatisticsError(response.status)
  return response
}

/** The Arrow IPC stream of one table, as the dashboard reads it. */
export const tableArrowUrl = (name: string): string => `${API_ROOT}/${encodeURIComponent(name)}?format=arrow`

/** A download link for one table: `format` makes the server send it as a file. */
export const tableDownloadUrl = (name: string, format: 'csv' | 'parquet'): string => `${API_ROOT}/${encodeURIComponent(name)}?format=${format}`

/** The annual report as a PDF. */
export const reportUrl = (year: string): string => `/api/v1/reports/${encodeURIComponent(year)}`

async function readTable(name: string): Promise<readonly [string, ReturnType<typeof rowsFromArrow>]> {
  const response = await get(tableArrowUrl(name), { missingIsEmpty: true })
  return [name, response.status === 404 ? [] : rowsFromArrow(new Uint8Array(await response.arrayBuffer()))]
}

/** The list of published tables and the chart tables as Arrow, side by side; a table not made yet counts as empty. */
export async function loadStatistics(): Promise<Statistics> {
  const tables = Promise.all(CHART_TABLES.map(readTable))
  // Both are awaited together, so a refused list does not leave a rejected table promise unhandled.
  const [list, entries] = await Promise.all([get(API_ROOT).then((response) => response.json() as Promise<StatisticsList>), tables])
  return { k: list.minCell, infos: list.tables, tables: Object.fromEntries(entries) }
}
