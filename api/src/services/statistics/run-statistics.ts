import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defaultPaths, runPipeline, type PipelineSummary } from '@klankbord/analytics/pipeline'
import type { Store } from '../../store/types.js'
import { markOutDir, prepareOutDir } from './previous-publication-dir.js'
import { storePublication } from './publication-store.js'
import { extractListCodes, extractListTexts, extractPlaces, extractStatisticalParts, firstConcernAt, lastChange } from './statistical-extract.js'

export type StatisticsRun = { dataDir: string; outDir?: string; minCell: number; full?: boolean; onProgress?(step: string, done: number, total: number): void }

/**
 * The statistics pipeline on this store: the store writes its statistical rows (and nothing else) to a
 * temporary CSV, analytics stages, aggregates, suppresses and publishes. The CSV is removed afterwards.
 * Without `outDir` the result is published in the store, as the version every instance serves.
 */
export async function runStatistics(store: Store, run: StatisticsRun): Promise<PipelineSummary> {
  const paths = defaultPaths(run.dataDir)
  const published = run.outDir === undefined
  await mkdir(run.dataDir, { recursive: true })
  if (published) await prepareOutDir(store, paths.outDir)
  const summary = await pipeline(store, run, paths)
  if (published) await markOutDir(paths.outDir, await storePublication(store, paths.outDir, new Date()))
  return summary
}

async function pipeline(store: Store, run: StatisticsRun, paths: ReturnType<typeof defaultPaths>): Promise<PipelineSummary> {
  const work = await mkdtemp(join(tmpdir(), 'klankbord-extract-'))
  try {
    return await runPipeline({
      extract: async (since) => {
        const files = { places: join(work, 'places.csv') }
        // The newest change first: whatever changes during the extract is extracted again next time.
        const changedUntil = await lastChange(store)
        await extractPlaces(store, files.places)
        const lists: Record<string, string> = {}
        // The concerns in parts, so the pipeline stages each part while the next one is copied; the
        // lists after the last part, while DuckDB stages it. The pipeline reads them once all parts are staged.
        async function* concernsThenTheRest(): AsyncGenerator<string> {
          yield* extractStatisticalParts(store, work, since)
          Object.assign(lists, await extractListCodes(store, work))
        }
        return { ...files, concerns: concernsThenTheRest(), lastChange: changedUntil, firstConcernAt: await firstConcernAt(store), lists, listTexts: (list, ids) => extractListTexts(store, list, ids) }
      },
      databaseFile: paths.databaseFile,
      stagedFile: paths.stagedFile,
      outDir: run.outDir ?? paths.outDir,
      k: run.minCell,
      full: run.full,
      onProgress: run.onProgress,
    })
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}
