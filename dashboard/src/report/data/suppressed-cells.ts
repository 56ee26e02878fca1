/** How many published cells of the report's year were withheld, per table, counted from the `suppressed` flag. */
import { TABLES } from '@klankbord/analytics/pipeline'
import type { PublishedRow, PublishedTables } from '../../charts/index.js'
import type { ReportScope } from './report-scope.js'

export type SuppressedCount = { readonly table: string; readonly cells: number; readonly suppressed: number }

export const TABLE_LABELS: Readonly<Record<string, string>> = {
  over_time: 'Meldingen per periode en domein',
  concerns: 'Meldingen per domein, met doorlooptijden',
  channels: 'Meldingen per kanaal',
  kinds: 'Soorten onvrede',
  wishes: 'Afgesloten meldingen per wens',
  outcomes: 'Uitkomsten per wens',
  support: 'Gegeven ondersteuning per wens',
  signals: 'Signalen per domein en stand',
}

/** A table without a short name here is named by its description's first sentence, without what is in brackets. */
const firstSentence = (description: string) => description.replace(/\s*\([^)]*\)/g, '').split(/[.:]\s/)[0]!.replace(/\.$/, '')

const inYear = (row: PublishedRow, year: string) => (row.year !== undefined ? String(row.year) === year : String(row.period ?? '').startsWith(year))

export function suppressedCells(tables: PublishedTables, scope: ReportScope): SuppressedCount[] {
  return TABLES.map((table) => {
    const rows = (tables[table.name] ?? []).filter((row) => inYear(row, scope.year) && (scope.municipality === undefined || row.municipality === scope.municipality))
    return { table: TABLE_LABELS[table.name] ?? firstSentence(table.description), cells: rows.length, suppressed: rows.filter((row) => row.suppressed === true).length }
  })
}

export type Granularity = 'maand' | 'kwartaal' | 'jaar'

/** The period the pipeline generalised dates to, read from the periods it published ("2025-07", "2025-K3", "2025"). */
export function publishedGranularity(tables: PublishedTables): Granularity {
  const periods = (tables.over_time ?? []).map((row) => String(row.period ?? '')).filter((p) => p !== '*')
  if (periods.some((p) => /^\d{4}-\d{2}$/.test(p))) return 'maand'
  if (periods.some((p) => /^\d{4}-K\d$/.test(p))) return 'kwartaal'
  return 'jaar'
}
