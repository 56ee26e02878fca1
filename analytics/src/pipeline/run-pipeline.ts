import { chmod } from 'node:fs/promises'
import { join } from 'node:path'
import { aggregate, ALL, type Cell } from './aggregate.js'
import { dataPackage, writeDataPackage } from './data-package.js'
import { informationLoss, type TableLoss } from './information-loss.js'
import { openDuckDb } from './duckdb.js'
import { applyPeriods, chooseGranularity, type Granularity } from './periods.js'
import { dutchDate, periodCoverage } from './period-coverage.js'
import { PUBLISHED_LISTS } from '@klankbord/contract/published-lists'
import { stageList } from './lists.js'
import { mergedCategoryRows } from './merge-categories.js'
import { protectWithMerges } from './protect-with-merges.js'
import { DISCLOSURE_TABLE, MERGED_CATEGORIES_TABLE, META_TABLES, PERIODS_TABLE } from './meta-tables.js'
import { codeLabel } from './code-labels.js'
import { yearOfKey } from './publication-units.js'
import { readPreviousPublication } from './previous-publication.js'
import { listColumns, publishedRows, tableColumns, writeList, writeRows, type PublishedColumn } from './publish.js'
import { checkKAnonymity, type KAnonymityReport } from './k-anonymity.js'
import { clearStaged, dropOutdatedStaging, keepStaging, lastStagedChange, openStaging, stageExtract, type Extract } from './stage.js'
import { TABLES } from './tables.js'

export type PipelineOptions = {
  /**
   * Writes the store's statistical rows of concerns changed after `since` (all when undefined), the names of
   * their places and the codes of every signal to CSV files, and returns their paths and the store's newest
   * change at the start of the extract (where the next run starts).
   */
  extract(since: Date | undefined): Promise<Extract>
  /** The DuckDB file that keeps redacted texts and the pipeline's state between runs. */
  databaseFile: string
  /** The Parquet file that keeps the staged rows between runs, so a run reads only what changed; none keeps nothing. */
  stagedFile?: string
  outDir: string
  /** The smallest count that may be published (KLANKBORD_MIN_CELL). */
  k: number
  /** Re-extract everything instead of the changes since the last run. */
  full?: boolean
  /** The moment of publication (now by default): the running period ends on its Dutch calendar day. */
  now?: Date
  onProgress?(step: string, done: number, total: number): void
}

export type PipelineSummary = {
  rowsRead: number
  rowsStaged: number
  granularity: Granularity
  /** The kept microdata, checked on its quasi-identifiers. */
  microdata: KAnonymityReport
  tables: (TableLoss & { name: string })[]
  /** Categories counted together so that no total had to be hidden: "table year dimension: members → code". */
  merged: string[]
  /** Cells nothing protects without hiding a total of k or more (published withheld). Should be none. */
  unprotected: { table: string; key: readonly string[] }[]
  seconds: number
  outDir: string
}

/** Extract → stage in DuckDB → aggregate → disclosure control over the linked tables → publish CSV, Parquet and Arrow. Idempotent. */
export async function runPipeline(options: PipelineOptions): Promise<PipelineSummary> {
  const started = performance.now()
  const progress = options.onProgress ?? (() => {})
  const steps = 5
  const db = await openDuckDb(options.databaseFile)
  try {
    progress('extract', 0, steps)
    // A full run re-reads every concern. Redacted texts are kept: they are redacted again when they or the redactor change.
    if (options.full) await clearStaged(db.connection, options.stagedFile)
    else await dropOutdatedStaging(db.connection, options.stagedFile)
    const since = options.full ? undefined : await lastStagedChange(db.connection, options.stagedFile)
    await openStaging(db.connection, { keptFile: options.stagedFile, fresh: since === undefined })
    const extracted = await options.extract(since)
    progress('stage', 1, steps)
    const rowsRead = await stageExtract(db.connection, extracted)
    const [{ n }] = (await db.connection.runAndReadAll('select count(*)::integer as n from concerns')).getRowObjectsJS() as [{ n: number }]
    const granularity = await chooseGranularity(db.connection)
    await applyPeriods(db.connection, granularity)
    const microdata = await checkKAnonymity(db.connection, options.k)

    progress('aggregate', 2, steps)
    // The lists first: the signals table counts the signals the list publishes.
    const stagedLists = new Map<string, string>()
    for (const list of PUBLISHED_LISTS) {
      const codes = extracted.lists[list.name]
      if (!codes) throw new Error(`The extract has no rows for the list ${list.name}`)
      stagedLists.set(list.name, await stageList(db.connection, list, codes, extracted.listTexts))
    }
    const unmerged = new Map<string, Cell[]>()
    for (const table of TABLES) unmerged.set(table.name, await aggregate(db.connection, table))

    progress('protect', 3, steps)
    const previous = await readPreviousPublication(options.outDir, TABLES)
    const { cells, merges, protection } = await protectWithMerges(db.connection, TABLES, unmerged, granularity, options.k, previous)
    const mergedRows = mergedCategoryRows(merges)
    const membersOf = (table: string, dimension: string, year: string, code: string) =>
      mergedRows.find((row) => row.table === table && row.dimension === dimension && row.year === year && row.code === code)?.members.split(';') ?? []

    progress('publish', 4, steps)
    const packaged: { name: string; description: string; descriptionEn: string; columns: readonly PublishedColumn[] }[] = []
    const tables: PipelineSummary['tables'] = []
    for (const table of TABLES) {
      const { tableCells, suppressed } = withoutHiddenAllTime(cells.get(table.name)!, protection.suppressed.get(table.name)!)
      const columns = tableColumns(table, tableCells)
      const labelOf = (dimension: string, code: string, year: string) => codeLabel(dimension, code, membersOf(table.name, dimension, year, code))
      await writeRows(db.connection, options.outDir, table.name, columns, publishedRows(table, tableCells, suppressed, options.k, labelOf))
      packaged.push({ ...table, columns })
      tables.push({ name: table.name, ...informationLoss(table, tableCells, suppressed) })
    }
    const publishedOn = options.now ?? new Date()
    const periods = [...new Set([...(cells.get('over_time') ?? []).map((c) => c.key[0]!), ...TABLES.flatMap((t) => (cells.get(t.name) ?? []).map((c) => yearOfKey(c.key)))])].filter((p) => p !== '*')
    const coverage = periodCoverage(periods, granularity, extracted.firstConcernAt ? dutchDate(extracted.firstConcernAt) : undefined, dutchDate(publishedOn))
    await writeRows(db.connection, options.outDir, PERIODS_TABLE.name, PERIODS_TABLE.columns, coverage)
    await writeRows(db.connection, options.outDir, MERGED_CATEGORIES_TABLE.name, MERGED_CATEGORIES_TABLE.columns, mergedRows)
    await writeRows(db.connection, options.outDir, DISCLOSURE_TABLE.name, DISCLOSURE_TABLE.columns, tables.map(({ name, ...loss }) => ({ table: name, ...loss })))
    packaged.push(...META_TABLES)

    for (const list of PUBLISHED_LISTS) {
      await writeList(db.connection, options.outDir, list, stagedLists.get(list.name)!)
      packaged.push({ ...list, columns: listColumns(list) })
    }
    await writeDataPackage(options.outDir, dataPackage(packaged, options.k, publishedOn))
    await keepStaging(db.connection, options.stagedFile, rowsRead, extracted.lastChange)
    progress('done', steps, steps)
    return {
      rowsRead,
      rowsStaged: n,
      granularity,
      microdata,
      tables,
      merged: mergedRows.map((row) => `${row.table} ${row.year} ${row.dimension}: ${row.members.replace(/;/g, ', ')} → ${row.code}`),
      unprotected: protection.unprotected,
      seconds: (performance.now() - started) / 1000,
      outDir: options.outDir,
    }
  } finally {
    db.close()
    // The staged rows are microdata of the store's residents: only the server's own user may read them.
    if (options.databaseFile !== ':memory:') await chmod(options.databaseFile, 0o600).catch(() => {})
  }
}

/**
 * An all-time total that cannot be shown (a year below k would be its difference with the others) is left out
 * rather than withheld: a total of k or more is never published empty.
 */
function withoutHiddenAllTime(cells: readonly Cell[], suppressed: readonly boolean[]): { tableCells: Cell[]; suppressed: boolean[] } {
  const shown = cells.flatMap((cell, i) => (cell.key[0] === ALL && suppressed[i] ? [] : [i]))
  return { tableCells: shown.map((i) => cells[i]!), suppressed: shown.map((i) => suppressed[i]!) }
}

export const defaultPaths = (dataDir: string) => ({
  databaseFile: join(dataDir, 'analytics.duckdb'),
  stagedFile: join(dataDir, 'analytics-staged.parquet'),
  outDir: join(dataDir, 'statistics'),
})
