/** The categories merged into "other" for the report's years, listed in the methodology section. */
import { mergedLabel } from '../../charts/merged.js'
import { rowsOf } from '../../charts/select.js'
import type { PublishedTables } from '../../charts/index.js'
import { tableLabel } from './information-loss.js'

export type MergedCategory = { readonly table: string; readonly year: string; readonly into: string; readonly members: readonly string[] }

export function mergedCategories(tables: PublishedTables, years: readonly string[]): MergedCategory[] {
  return rowsOf(tables, 'merged_categories')
    .filter((row) => years.includes(String(row.year)))
    .map((row) => {
      const dimension = String(row.dimension)
      const code = String(row.code)
      const members = String(row.members ?? '')
        .split(';')
        .map((m) => m.trim())
        .filter((m) => m && m !== code)
      return { table: tableLabel(String(row.table)), year: String(row.year), into: mergedLabel(dimension, code, 'nl'), members: members.map((m) => mergedLabel(dimension, m, 'nl')) }
    })
    .filter((merged) => merged.members.length > 0)
    .sort((a, b) => a.year.localeCompare(b.year) || a.table.localeCompare(b.table, 'nl'))
}
