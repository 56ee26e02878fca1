/** What the pipeline published, read once per publication: the tables, their descriptions and a version. */
import { META_TABLES, publishedAt, TABLES } from '@klankbord/analytics/pipeline'
import { PUBLISHED_LISTS } from '@klankbord/contract/published-lists'
import { availableDomains, availableMunicipalities, availableYears } from '../charts/index.js'
import type { PublishedTables } from '../charts/types.js'
import { readPublishedTables } from '../report/data/published-tables.js'
import type { Choices } from './render-filters.js'

export type TableInfo = {
  readonly name: string
  /** In Dutch, as the pipeline describes the table. */
  readonly description: string
  /** Undefined when the table was never published. */
  readonly publishedAt: Date | undefined
}

export type Publication = {
  /** Changes whenever a published file changes (the files' modification times). */
  readonly version: string
  /** Undefined when no table of counts was ever published. */
  readonly tables: PublishedTables | undefined
  readonly infos: readonly TableInfo[]
  readonly choices: Choices
}

const DESCRIBED = [...TABLES, ...PUBLISHED_LISTS, ...META_TABLES].map(({ name, description }) => ({ name, description }))

async function publishedTimes(statisticsDir: string): Promise<(Date | undefined)[]> {
  return Promise.all(DESCRIBED.map(({ name }) => publishedAt(statisticsDir, name)))
}

const versionOf = (times: readonly (Date | undefined)[]): string => times.map((time) => time?.getTime() ?? '-').join(' ')

/** The version of the publication in `statisticsDir`, cheap enough to ask on every request (a stat per file). */
export async function publicationVersion(statisticsDir: string): Promise<string> {
  return versionOf(await publishedTimes(statisticsDir))
}

export async function readPublication(statisticsDir: string): Promise<Publication> {
  const [times, tables] = await Promise.all([publishedTimes(statisticsDir), readPublishedTables(statisticsDir)])
  const choices = tables
    ? { years: availableYears(tables), municipalities: availableMunicipalities(tables), domains: availableDomains(tables) }
    : { years: [], municipalities: [], domains: [] }
  return { version: versionOf(times), tables, infos: DESCRIBED.map((table, i) => ({ ...table, publishedAt: times[i] })), choices }
}
