import { join } from 'node:path'
import { readPublishedRows } from '@klankbord/analytics/pipeline'
import { REGION, type RegionalStore } from './regional-store.js'
import { figure } from './seed.js'
import type { Row } from './table.js'

const percent = (share: number) => `${(share * 100).toFixed(1)} %`

/**
 * The information loss of the disclosure control on a regional deployment (20 municipalities, 5 years, 20,000
 * concerns): per table the share of concerns in withheld cells of its finest breakdown, as the `disclosure` table
 * publishes it, and the time the protection of all linked tables takes inside the pipeline run.
 */
export async function disclosureRows(store: RegionalStore): Promise<Row[]> {
  const seconds = figure(store.pipelineOutput, /Tijd \/ time: ([\d.]+) s/, 'time')
  const loss = (await readPublishedRows(join(store.dataDir, 'statistics'), 'disclosure')) ?? []
  const concerns = loss.find((row) => row.table === 'concerns')
  return [
    {
      measure: `information loss, ${REGION.years} years × ${REGION.municipalities} municipalities (concerns)`,
      value: concerns ? percent(Number(concerns.withheld_share)) : 'missing',
      note: `concerns in withheld cells of year × municipality × domain (${REGION.concerns.toLocaleString('en-US')} seeded); goal ≤ 10 % (on a region with a small municipality)`,
    },
    {
      measure: 'information loss, every table',
      value: `max ${percent(Math.max(0, ...loss.map((row) => Number(row.withheld_share))))}`,
      note: loss.map((row) => `${row.table} ${percent(Number(row.withheld_share))} (${row.withheld_cells}/${row.cells} cells)`).join(', '),
    },
    { measure: `pipeline, ${REGION.concerns.toLocaleString('en-US')} concerns, first run`, value: `${seconds.toFixed(1)} s`, note: 'the same store: extract, merges, protection of the linked tables, publication' },
  ]
}
