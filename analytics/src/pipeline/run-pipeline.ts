import { chmod } from 'node:fs/promises'
import { join } from 'node:path'
import { aggregate } from './aggregate.js'
import { openDuckDb } from './duckdb.js'
import { applyPeriods, chooseGranularity, type Granularity } from './periods.js'
import { LISTS, stageList } from './lists.js'
import { publishedRows, writeList, writeTable, type Suppress } from './publish.js'
import { checkKAnonymity, type KAnonymityReport } from './k-anonymity.js'
import { clearStaged, dropOutdatedStaging, keepStaging, lastStagedChange, openStaging, stageExtract, stageSignals, type Extract } from './stage.js'
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
  suppress: Suppress
  /** Re-extract everything instead of the changes since the last run. */
  full?: boolean
  onProgress?(step: string, done: number, total: number): void
}

export type PipelineSummary = {
  rowsRead: number
  rowsStaged: number
  granularity: Granularity
  /** The kept microdata, checked on its quasi-identifiers. */
  microdata: KAnonymityReport
  tables: { name: string; cells: number; suppressed: number }[]
  seconds: number
  outDir: string
}

/** Extract → stage in DuckDB → aggregate → disclosure control → publish CSV, Parquet and Arrow. Idempotent. */
export async function runPipeline(options: PipelineOptions): Promise<PipelineSummary> {
  const started = performance.now()
  const progress = options.onProgress ?? (() => {})
  const steps = 3 + TABLES.length
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
    await stageSignals(db.connection, extracted.signals)
    const [{ n }] = (await db.connection.runAndReadAll('select count(*)::integer as n from concerns')).getRowObjectsJS() as [{ n: number }]
    const granularity = await chooseGranularity(db.connection)
    await applyPeriods(db.connection, granularity)
    const microdata = await checkKAnonymity(db.connection, options.k)
    const tables: PipelineSummary['tables'] = []
    for (const [i, table] of TABLES.entries()) {
      progress(table.name, 2 + i, steps)
      const cells = await aggregate(db.connection, table)
      const suppressed = options.suppress(cells, options.k)
      await writeTable(db.connection, options.outDir, table, publishedRows(table, cells, suppressed, options.k))
      tables.push({ name: table.name, cells: cells.length, suppressed: suppressed.filter(Boolean).length })
    }
    progress('lists', 2 + TABLES.length, steps)
    for (const list of LISTS) {
      const codes = extracted.lists[list.name]
      if (!codes) throw new Error(`The extract has no rows for the list ${list.name}`)
      await writeList(db.connection, options.outDir, list, await stageList(db.connection, list, codes, extracted.listTexts))
    }
    await keepStaging(db.connection, options.stagedFile, rowsRead, extracted.lastChange)
    progress('done', steps, steps)
    return { rowsRead, rowsStaged: n, granularity, microdata, tables, seconds: (performance.now() - started) / 1000, outDir: options.outDir }
  } finally {
    db.close()
    // The staged rows are microdata of the store's residents: only the server's own user may read them.
    if (options.databaseFile !== ':memory:') await chmod(options.databaseFile, 0o600).catch(() => {})
  }
}

export const defaultPaths = (dataDir: string) => ({
  databaseFile: join(dataDir, 'analytics.duckdb'),
  stagedFile: join(dataDir, 'analytics-staged.parquet'),
  outDir: join(dataDir, 'statistics'),
})
