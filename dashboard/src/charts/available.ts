/** The choices the filters offer, from what was published. */
import { DOMAIN, inVocabularyOrder } from './labels.js'
import { yearOfPeriod } from './period.js'
import { ALL, rowsOf } from './select.js'
import type { PublishedTables } from './types.js'

const YEAR_TABLES = ['concerns', 'kinds', 'outcomes', 'support', 'signals']

const values = (tables: PublishedTables, names: readonly string[], column: string): string[] =>
  names.flatMap((name) => rowsOf(tables, name).map((row) => row[column])).filter((v): v is string => typeof v === 'string' && v !== ALL && v !== '')

/** Years with published rows, oldest first. */
export function availableYears(tables: PublishedTables): string[] {
  const years = [...values(tables, YEAR_TABLES, 'year'), ...values(tables, ['over_time'], 'period').map(yearOfPeriod)]
  return [...new Set(years)].sort()
}

export function availableMunicipalities(tables: PublishedTables): string[] {
  return [...new Set(values(tables, [...YEAR_TABLES, 'over_time'], 'municipality'))].sort((a, b) => a.localeCompare(b, 'nl'))
}

/** Domain codes with published rows, in the vocabulary's order. */
export function availableDomains(tables: PublishedTables): string[] {
  return inVocabularyOrder(DOMAIN, values(tables, ['concerns', 'over_time', 'signals'], 'domain'))
}
