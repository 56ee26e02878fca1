/** Reading published rows: picking cells by their dimensions, never deriving a cell the pipeline withheld. */
import type { PublishedRow, PublishedTables } from './types.js'

/** A rolled-up dimension. */
export const ALL = '*'

export type Where = Readonly<Record<string, string>>

export const rowsOf = (tables: PublishedTables, name: string): readonly PublishedRow[] => tables[name] ?? []

export const matches = (row: PublishedRow, where: Where): boolean => Object.entries(where).every(([column, value]) => String(row[column]) === value)

export const matching = (rows: readonly PublishedRow[], where: Where): PublishedRow[] => rows.filter((row) => matches(row, where))

export const cell = (rows: readonly PublishedRow[], where: Where): PublishedRow | undefined => rows.find((row) => matches(row, where))

export const isSuppressed = (row: PublishedRow): boolean => row.suppressed === true || row.concerns === null || row.concerns === undefined

/** The published count, or null when it is withheld. */
export const countOf = (row: PublishedRow | undefined): number | null => (row && !isSuppressed(row) && typeof row.concerns === 'number' ? row.concerns : null)

/** A published statistic, or null when withheld or resting on fewer than k concerns. */
export const statisticOf = (row: PublishedRow | undefined, column: string): number | null => {
  const value = row?.[column]
  return row && !isSuppressed(row) && typeof value === 'number' && Number.isFinite(value) ? value : null
}

/** The share of a published part in a published total, only when both are published. */
export const shareOf = (part: number | null, total: number | null): number | null => (part === null || total === null || total === 0 ? null : part / total)
