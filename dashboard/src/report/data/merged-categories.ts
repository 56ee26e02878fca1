/** The categories merged into "other" for the report's years, listed in the methodology section. */
import { mergedLabel, publishedMerges } from '../../charts/merged.js'
import type { PublishedTables } from '../../charts/index.js'
import { tableLabel } from './information-loss.js'

export type MergedCategory = { readonly table: string; readonly year: string; readonly into: string; readonly members: readonly string[] }

export function mergedCategories(tables: PublishedTables, years: readonly string[]): MergedCategory[] {
  return publishedMerges(tables)
    .filter((merge) => years.includes(merge.year))
    .map((merge) => ({
      table: tableLabel(merge.table),
      year: merge.year,
      into: mergedLabel(merge.dimension, merge.code, 'nl'),
      members: merge.members.map((m) => mergedLabel(merge.dimension, m, 'nl')),
    }))
    .sort((a, b) => a.year.localeCompare(b.year) || a.table.localeCompare(b.table, 'nl'))
}
