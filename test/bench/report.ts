import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { availableMunicipalities, availableYears, type PublishedTables } from '@klankbord/dashboard'
import { readPublishedRows } from '@klankbord/analytics/pipeline'
import { renderAnnualReport } from '@klankbord/dashboard/report'
import { runCli } from '../support/cli.js'
import { ms, type Row } from './table.js'

const K = 5
const RUNS = 5

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

async function timed(run: () => Promise<Buffer>): Promise<{ ms: number; bytes: number }> {
  const started = performance.now()
  const pdf = await run()
  return { ms: performance.now() - started, bytes: pdf.length }
}

/** The newest complete year and the busiest municipality's name, from what was published. */
async function scope(statisticsDir: string): Promise<{ year: number; municipality: string }> {
  const tables: PublishedTables = { concerns: (await readPublishedRows(statisticsDir, 'concerns')) ?? [] }
  const years = availableYears(tables)
  const year = Number(years.at(-2) ?? years.at(-1))
  const municipality = availableMunicipalities(tables)[0]
  if (!year || !municipality) throw new Error(`No published statistics in ${statisticsDir}`)
  return { year, municipality }
}

/**
 * Annual report generation (target ≤ 500 ms warm): in this process, the first report (fonts, Plot and PDFKit still
 * cold) and the median of warm ones, for all municipalities and for one; and `klankbord report` end to end.
 * On `dataDir` (a store whose statistics were published) or, without it, on a store of 3,000 concerns in
 * 2 municipalities over 3 years that it seeds and publishes itself.
 */
export async function reportRows(dataDir?: string): Promise<Row[]> {
  const own = dataDir === undefined ? mkdtempSync(join(tmpdir(), 'klankbord-bench-report-')) : undefined
  const dir = dataDir ?? own!
  try {
    if (own) {
      for (const args of [['seed', '--concerns', '3000', '--municipalities', '2', '--years', '3'], ['pipeline']]) {
        const result = await runCli(args, { KLANKBORD_DATA_DIR: dir, KLANKBORD_MIN_CELL: String(K) })
        if (result.code !== 0) throw new Error(`klankbord ${args[0]} failed (${result.code}):\n${result.stderr}`)
      }
    }
    const statisticsDir = join(dir, 'statistics')
    const { year, municipality } = await scope(statisticsDir)
    const render = (only?: string) => () => renderAnnualReport({ statisticsDir, year, municipality: only, k: K, confidantName: 'Vertrouwenspersoon sociaal domein' })
    const cold = await timed(render())
    const warm: number[] = []
    for (let i = 0; i < RUNS; i++) warm.push((await timed(render())).ms)
    const one = await timed(render(municipality))
    const oneWarm: number[] = []
    for (let i = 0; i < RUNS; i++) oneWarm.push((await timed(render(municipality))).ms)
    const started = performance.now()
    const cli = await runCli(['report', '--year', String(year), '--out', join(dir, 'bench-report.pdf')], { KLANKBORD_DATA_DIR: dir, KLANKBORD_MIN_CELL: String(K) })
    const cliMs = performance.now() - started
    if (cli.code !== 0) throw new Error(`klankbord report failed (${cli.code}):\n${cli.stderr}`)
    const store = own ? '3,000 concerns, 2 municipalities' : 'the seeded store'
    return [
      { measure: `annual report ${year}, all municipalities (warm)`, value: ms(median(warm)), note: `median of ${RUNS}; ${Math.round(cold.bytes / 1024)} KB PDF from ${store}; target ≤ 500 ms` },
      { measure: 'annual report, first in a process', value: ms(cold.ms), note: 'fonts unpacked, Plot and PDFKit warming up' },
      { measure: `annual report ${year}, ${municipality} (warm)`, value: ms(median(oneWarm)), note: `median of ${RUNS}; first ${ms(one.ms)}` },
      { measure: 'klankbord report (CLI, end to end)', value: ms(cliMs), note: 'Node start-up, confidant name from the store, render, write' },
    ]
  } finally {
    if (own) rmSync(own, { recursive: true, force: true })
  }
}
