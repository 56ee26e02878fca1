/** The confidant's recommendations to the municipality for the chosen year, with their status and response. */
import { scopeOf } from './scope.js'
import { ALL, rowsOf } from './select.js'
import type { ChartData, PublishedRow } from './types.js'

export type Recommendation = {
  readonly year: string
  readonly municipality: string
  readonly text: string
  /** As published (a code or a word); the views show it as it is. */
  readonly status: string
  readonly response: string
}

const text = (row: PublishedRow, column: string): string => (typeof row[column] === 'string' ? (row[column] as string) : '')

export function recommendations(data: ChartData): Recommendation[] {
  const { year, municipality } = scopeOf(data)
  return rowsOf(data.tables, 'recommendations')
    .filter((row) => text(row, 'year') === year && (municipality === ALL || text(row, 'municipality') === municipality))
    .map((row) => ({ year: text(row, 'year'), municipality: text(row, 'municipality'), text: text(row, 'text'), status: text(row, 'status'), response: text(row, 'response') }))
}
