import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readPublishedRows } from '@klankbord/analytics/pipeline'
import { MUNICIPALITY_PROFILES } from '@klankbord/fixtures'
import { runCli } from '../support/cli.js'
import { figure } from './seed.js'
import type { Row } from './table.js'

const MUNICIPALITIES = Math.min(20, MUNICIPALITY_PROFILES.length)
const YEARS = 5
const CONCERNS = 20_000

const percent = (share: number) => `${(share * 100).toFixed(1)} %`

/**
 * The information loss of the disclosure control on a regional deployment (20 municipalities, 5 years, 20,000
 * concerns): per table the share of concerns in withheld cells of its finest breakdown, as the `disclosure` table
 * publishes it, and the time the protection of all linked tables takes inside the pipeline run.
 */
export async function disclosureRows(): Promise<Row[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'klankbord-bench-disclosure-'))
  const env = { KLANKBORD_DATA_DIR: dataDir }
  try {
    const seeded = await runCli(['seed', '--concerns', String(CONCERNS), '--municipalities', String(MUNICIPALITIES), '--years', String(YEARS)], env)
    if (seeded.code !== 0) throw new Error(`klankbord seed failed (${seeded.code}):\n${seeded.stderr}`)
    const pipeline = await runCli(['pipeline'], env)
    if (pipeline.code !== 0) throw new Error(`klankbord pipeline failed (${pipeline.code}):\n${pipeline.stderr}`)
    const seconds = figure(pipeline.stdout, /Tijd \/ time: ([\d.]+) s/, 'time')
    const loss = (await readPublishedRows(join(dataDir, 'statistics'), 'disclosure')) ?? []
    const concerns = loss.find((row) => row.table === 'concerns')
    return [
      {
        measure: `information loss, ${YEARS} years × ${MUNICIPALITIES} municipalities (concerns)`,
        value: concerns ? percent(Number(concerns.withheld_share)) : 'missing',
        note: `concerns in withheld cells of year × municipality × domain (${CONCERNS.toLocaleString('en-US')} seeded); goal ≤ 10 % (on a region with a small municipality)`,
      },
      {
        measure: 'information loss, every table',
        value: `max ${percent(Math.max(0, ...loss.map((row) => Number(row.withheld_share))))}`,
        note: loss.map((row) => `${row.table} ${percent(Number(row.withheld_share))} (${row.withheld_cells}/${row.cells} cells)`).join(', '),
      },
      { measure: `pipeline, ${CONCERNS.toLocaleString('en-US')} concerns, first run`, value: `${seconds.toFixed(1)} s`, note: 'the same store: extract, merges, protection of the linked tables, publication' },
    ]
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}
