/** The published, suppressed tables and the redacted lists, as the charts read them; nothing else. */
import { LISTS, readPublishedRows, TABLES } from '@klankbord/analytics/pipeline'
import type { PublishedRow, PublishedTables } from '../../charts/index.js'

/** Arrow gives list years as numbers; the charts compare years as text ("2025"), as in the tables of counts. */
const yearAsText = (row: PublishedRow): PublishedRow => (typeof row.year === 'number' ? { ...row, year: String(row.year) } : row)

/**
 * Every published table and list in `statisticsDir`; undefined when no table of counts was ever published.
 * A list that is missing (an older publication) reads as empty.
 */
export async function readPublishedTables(statisticsDir: string): Promise<PublishedTables | undefined> {
  const [tables, lists] = await Promise.all([
    Promise.all(TABLES.map(async (t) => [t.name, await readPublishedRows(statisticsDir, t.name)] as const)),
    Promise.all(LISTS.map(async (l) => [l.name, ((await readPublishedRows(statisticsDir, l.name)) ?? []).map(yearAsText)] as const)),
  ])
  if (tables.every(([, rows]) => rows === undefined)) return undefined
  return Object.fromEntries([...tables.map(([name, rows]) => [name, rows ?? []] as const), ...lists])
}
