import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { aggregate, applyPeriods, chooseGranularity, openDuckDb, stageExtract, TABLES } from '@klankbord/analytics/pipeline'
import { extractPlaces, extractStatisticalRows } from '../../api/src/services/statistics/statistical-extract.js'
import { openPgliteStore } from '../../api/src/store/pglite-store.js'
import { runCli } from '../support/cli.js'
import { aggregateInPlainJs } from './plain-js-aggregate.js'
import { figure } from './seed.js'
import type { Row } from './table.js'

/** The pipeline's own time (the server's nightly job, with the store open) and the command's wall time with start-up. */
async function runPipeline(dataDir: string, args: string[]): Promise<{ seconds: number; wallSeconds: number; peakMb: number }> {
  const started = performance.now()
  const result = await runCli(['pipeline', ...args], { KLANKBORD_DATA_DIR: dataDir })
  const wallSeconds = (performance.now() - started) / 1000
  if (result.code !== 0) throw new Error(`klankbord pipeline failed (${result.code}):\n${result.stderr}`)
  return { seconds: figure(result.stdout, /Tijd \/ time: ([\d.]+) s/, 'time'), wallSeconds, peakMb: figure(result.stdout, /Piekgeheugen \/ peak memory: (\d+) MB/, 'peak memory') }
}

/** The aggregation alone, DuckDB against plain JavaScript, over one extract of the same store. */
async function aggregationRatio(dataDir: string): Promise<{ duckSeconds: number; jsSeconds: number; cells: number }> {
  const work = mkdtempSync(join(tmpdir(), 'klankbord-bench-extract-'))
  try {
    const files = { concerns: join(work, 'concerns.csv'), places: join(work, 'places.csv') }
    const store = await openPgliteStore({ dataDir, durableFlush: false })
    try {
      await extractStatisticalRows(store, files.concerns)
      await extractPlaces(store, files.places)
    } finally {
      await store.close()
    }
    const tables = TABLES.filter((t) => t.name !== 'signals')
    const duckStarted = performance.now()
    const db = await openDuckDb(':memory:')
    let duckCells = 0
    let granularity: Awaited<ReturnType<typeof chooseGranularity>>
    try {
      await stageExtract(db.connection, { concerns: files.concerns, places: files.places })
      granularity = await chooseGranularity(db.connection)
      await applyPeriods(db.connection, granularity)
      for (const table of tables) duckCells += (await aggregate(db.connection, table)).length
    } finally {
      db.close()
    }
    const duckSeconds = (performance.now() - duckStarted) / 1000
    const jsStarted = performance.now()
    const jsCells = aggregateInPlainJs(files.concerns, files.places, granularity)
    const jsSeconds = (performance.now() - jsStarted) / 1000
    // Only a comparison of the same work means anything.
    if (jsCells !== duckCells) throw new Error(`plain JS made ${jsCells} cells, DuckDB ${duckCells}`)
    return { duckSeconds, jsSeconds, cells: duckCells }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/**
 * `klankbord pipeline` on the seeded store: the first run, which also redacts every list text once; three full
 * runs (wall time and peak memory of the process, target ≤ 8 s for a million concerns); a run with nothing
 * changed; and the aggregation next to plain JavaScript.
 */
export async function pipelineRows(dataDir: string, concerns: number): Promise<Row[]> {
  const label = concerns.toLocaleString('en-US')
  const first = await runPipeline(dataDir, ['--full'])
  const fullRuns = [await runPipeline(dataDir, ['--full']), await runPipeline(dataDir, ['--full']), await runPipeline(dataDir, ['--full'])]
  const full = [...fullRuns].sort((a, b) => a.seconds - b.seconds)[1]!
  const unchanged = await runPipeline(dataDir, [])
  const ratio = await aggregationRatio(dataDir)
  return [
    { measure: `pipeline, ${label} concerns, first run (CLI)`, value: `${first.seconds.toFixed(1)} s`, note: 'the first run after seeding also fetches and redacts every shared signal text once' },
    {
      measure: `pipeline, ${label} concerns, full run (CLI)`,
      value: `${full.seconds.toFixed(1)} s`,
      note: `median of 3 (${fullRuns.map((r) => r.seconds.toFixed(1)).join(', ')} s; the command with Node start-up and opening the store ${full.wallSeconds.toFixed(1)} s): extract everything from PGlite, stage, anonymise, aggregate, protect the linked tables, publish 8 tables, 3 about the publication and 2 lists ×3 formats; target ≤ 5 s`,
    },
    { measure: 'pipeline, peak memory (RSS)', value: `${Math.max(first.peakMb, ...fullRuns.map((r) => r.peakMb))} MB`, note: 'whole process: PGlite, DuckDB and Node' },
    { measure: 'pipeline, nothing changed (incremental)', value: `${unchanged.seconds.toFixed(1)} s`, note: 'the nightly run on a quiet day' },
    {
      measure: 'aggregation: plain JS ÷ DuckDB',
      value: `${(ratio.jsSeconds / ratio.duckSeconds).toFixed(1)}×`,
      note: `same extract, same ${ratio.cells.toLocaleString('en-US')} cells with medians: DuckDB ${ratio.duckSeconds.toFixed(2)} s, plain JS ${ratio.jsSeconds.toFixed(2)} s`,
    },
  ]
}
