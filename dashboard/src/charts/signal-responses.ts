/** "You said, we did": the redacted signal texts with the municipality's response, for the filters. */
import { DOMAIN, labelOf, SIGNAL_STATUS } from './labels.js'
import { scopeOf } from './scope.js'
import { ALL, rowsOf } from './select.js'
import type { ChartData, PublishedRow } from './types.js'

/** Only signals the municipality has seen; a new signal has no response yet and is not published as text. */
const SHOWN = new Set(['shared', 'answered', 'improved'])

export type SignalResponse = {
  readonly year: string
  readonly municipality: string
  readonly domain: string
  readonly status: string
  readonly theme: string
  readonly text: string
  /** Empty when the municipality has not responded yet. */
  readonly response: string
}

const text = (row: PublishedRow, column: string): string => (typeof row[column] === 'string' ? (row[column] as string) : '')

const inScope = (row: PublishedRow, column: string, value: string) => value === ALL || text(row, column) === value

const COLUMNS = ['year', 'municipality', 'domain', 'status', 'theme', 'text', 'response'] as const

/** Rows that repeat another in every field are one signal (the pipeline merges near-duplicates; this guards the display). */
const unique = (rows: readonly PublishedRow[]): PublishedRow[] => [...new Map(rows.map((row) => [JSON.stringify(COLUMNS.map((c) => text(row, c))), row])).values()]

/** Signals with their status and the response, one entry per signal, with labels in the chosen language; themes in alphabetical order. */
export function signalResponses(data: ChartData): SignalResponse[] {
  const { year, municipality, domain } = scopeOf(data)
  return unique(rowsOf(data.tables, 'signal_texts'))
    .filter((row) => SHOWN.has(text(row, 'status')) && text(row, 'year') === year && inScope(row, 'municipality', municipality) && inScope(row, 'domain', domain))
    .map((row) => ({
      year: text(row, 'year'),
      municipality: text(row, 'municipality'),
      domain: labelOf(DOMAIN, text(row, 'domain'), data.locale),
      status: labelOf(SIGNAL_STATUS, text(row, 'status'), data.locale),
      theme: text(row, 'theme'),
      text: text(row, 'text'),
      response: text(row, 'response'),
    }))
    .sort((a, b) => a.theme.localeCompare(b.theme, 'nl') || a.domain.localeCompare(b.domain, 'nl'))
}
