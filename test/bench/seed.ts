import { runCli } from '../support/cli.js'
import type { Row } from './table.js'

/** Concerns the bench seeds (KLANKBORD_BENCH_SEED, default a million); the pipeline rows run on the same store. */
export const BENCH_CONCERNS = Number(process.env.KLANKBORD_BENCH_SEED ?? 1_000_000)

/** A figure from a command's summary, e.g. "Tijd / time: 183.2 s". */
export function figure(output: string, pattern: RegExp, what: string): number {
  const match = pattern.exec(output)
  if (!match) throw new Error(`The seed summary has no ${what}:\n${output}`)
  return Number(match[1])
}

/**
 * `klankbord seed` into an empty PGlite data directory, as an administrator would run it: N concerns
 * (KLANKBORD_BENCH_SEED, default a million) with their timelines, messages and signals, all text encrypted.
 * Reports the command's own timing and its peak memory (maxRSS of the process, worker thread included).
 */
export async function seedRows(dataDir: string, concerns = BENCH_CONCERNS): Promise<Row[]> {
    const started = performance.now()
    const result = await runCli(['seed', '--concerns', String(concerns)], { KLANKBORD_DATA_DIR: dataDir })
    const wall = (performance.now() - started) / 1000
    if (result.code !== 0) throw new Error(`klankbord seed failed (${result.code}):\n${result.stderr}`)
    const out = result.stdout
    const seconds = figure(out, /Tijd \/ time: ([\d.]+) s/, 'time')
    const rows = figure(out, /Rijen \/ rows: (\d+)/, 'row count')
    const peakMb = figure(out, /Piekgeheugen \/ peak memory: (\d+) MB/, 'peak memory')
    const label = concerns.toLocaleString('en-US')
    return [
      {
        measure: `seed ${label} concerns, PGlite (CLI)`,
        value: `${seconds.toFixed(1)} s`,
        note: `${Math.round(concerns / seconds).toLocaleString('en-US')} concerns/s, ${Math.round(rows / seconds).toLocaleString('en-US')} rows/s (${rows.toLocaleString('en-US')} rows); ${wall.toFixed(1)} s with start-up`,
      },
    { measure: 'seed, peak memory (RSS)', value: `${peakMb} MB`, note: 'whole process, generator worker included' },
  ]
}
