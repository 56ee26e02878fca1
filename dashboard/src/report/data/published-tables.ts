/** The published, protected tables, the meta tables and the redacted lists, as the charts read them; nothing else. */
import { META_TABLES, readPublishedRows, TABLES } from '@klankbord/analytics/pipeline'
import { PUBLISHED_LISTS } from '@klankbord/contract/published-lists'
import type { PublishedTables } from '../../charts/index.js'

/**
 * Every published table and list in `statisticsDir`; undefined when no table of counts was ever published.
 * A list or meta table that is missing (an older publication) reads as empty.
 */
export async function readPublishedTables(statisticsDir: string): Promise<PublishedTables | undefined> {
  const [tables, others] = await Promise.all([
    Promise.all(TABLES.map(async (t) => [t.name, await readPublishedRows(statisticsDir, t.name)] as const)),
    Promise.all([...PUBLISHED_LISTS, ...META_TABLES].map(async (l) => [l.name, (await readPublishedRows(statisticsDir, l.name)) ?? []] as const)),
  ])
  if (tables.every(([, rows]) => rows === undefined)) return undefined
  return Object.fromEntries([...tables.map(([name, rows]) => [name, rows ?? []] as const), ...others])
}
