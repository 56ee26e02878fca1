import type { PipelineSummary } from '@klankbord/analytics/pipeline'
import { jobLeaseOf } from '../../services/scheduling/job-lease-of.js'
import { runAsJob } from '../../services/scheduling/run-as-job.js'
import { loadConfig } from '../../config.js'
import { runStatistics } from '../../services/statistics/run-statistics.js'
import { parseCommandArgs } from '../args.js'
import { callRunningServer, viaServerOrStore } from '../store-or-server.js'

export const PIPELINE_HELP = `Gebruik / Usage: klankbord pipeline [--out MAP] [--full]

Maakt de anonieme cijfers: haalt alleen codes en datums uit de opslag (nooit tekst, contactgegevens of
kenmerken), telt ze op in DuckDB, schermt kleine aantallen af (KLANKBORD_MIN_CELL, standaard 5) en wat nodig is om
ze te beschermen, over alle tabellen samen, en schrijft elke tabel als CSV, Parquet en Arrow, met datapackage.json.
De server doet dit ook elke nacht.
Makes the anonymous figures: extracts codes and dates only, aggregates them in DuckDB, withholds small counts
and what is needed to protect them, over all tables together, and writes every table as CSV, Parquet and Arrow,
with datapackage.json. The server also does this every night.

  --out MAP  uitvoermap / output folder (standaard / default: <KLANKBORD_DATA_DIR>/statistics)
  --full     alles opnieuw in plaats van alleen wat veranderde / everything again instead of only changes`

function progressBar(out: NodeJS.WritableStream & { isTTY?: boolean }) {
  if (!out.isTTY) return undefined
  return (step: string, done: number, total: number) => {
    const width = 24
    const filled = Math.round((done / total) * width)
    out.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${step.padEnd(12)}`)
    if (done === total) out.write('\n')
  }
}

const percent = (share: number) => `${(share * 100).toFixed(1).replace('.', ',')} %`

export function pipelineSummaryText(s: PipelineSummary, peakRssKb?: number): string {
  const withheld = s.tables.reduce((n, t) => n + t.withheld_cells, 0)
  return [
    `Rijen gelezen / rows read: ${s.rowsRead} (totaal in DuckDB / staged: ${s.rowsStaged})`,
    `Tabellen / tables: ${s.tables.map((t) => `${t.name} (${t.cells} cellen, ${t.withheld_cells} afgeschermd)`).join(', ')}`,
    `Afgeschermde cellen / withheld cells: ${withheld}`,
    `Informatieverlies / information loss (meldingen in afgeschermde cellen van de fijnste indeling / concerns in withheld finest cells): ${s.tables
      .map((t) => `${t.name} ${percent(t.withheld_share)}`)
      .join(', ')}`,
    ...(s.merged.length ? [`Samengevoegd / merged: ${s.merged.join('; ')}`] : []),
    ...(s.unprotected.length ? [`LET OP / WARNING: ${s.unprotected.length} cellen niet te beschermen zonder een totaal te verbergen / cells that cannot be protected without hiding a total: ${s.unprotected.map((u) => `${u.table} ${u.key.join('/')}`).join(', ')}`] : []),
    `Periode / period: ${s.granularity}; k = ${s.microdata.k}`,
    `Bewaarde microdata / kept microdata: ${s.microdata.rows} rijen in ${s.microdata.classes} groepen; ${s.microdata.rowsBelowK} rijen in een groep kleiner dan k (alleen intern, nooit gepubliceerd / internal only, never published)`,
    `Tijd / time: ${s.seconds.toFixed(1)} s`,
    ...(peakRssKb ? [`Piekgeheugen / peak memory: ${Math.round(peakRssKb / 1024)} MB`] : []),
    `Uitvoer / output: ${s.outDir}`,
    '',
  ].join('\n')
}

export async function pipelineCommand(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values } = parseCommandArgs(args, { out: { type: 'string' }, full: { type: 'boolean' } })
  if (values.help) {
    out.write(`${PIPELINE_HELP}\n`)
    return 0
  }
  const config = loadConfig()
  const run = { dataDir: config.dataDir, outDir: values.out, minCell: config.minCell, full: values.full ?? false }
  const summary = await viaServerOrStore<PipelineSummary>(
    config,
    // The wire schema says only that the summary is an object; its shape is the statistics service's.
    (lock) => callRunningServer(lock, 'runPipelineLocal', { body: { outDir: values.out, full: run.full } }) as Promise<PipelineSummary>,
    // Into the store's publication under the job's lease, so never beside another instance's run; elsewhere (--out) freely.
    ({ store }) => {
      const pipeline = () => runStatistics(store, { ...run, onProgress: progressBar(out) })
      return run.outDir === undefined ? runAsJob(store, 'statistics', jobLeaseOf(config), pipeline) : pipeline()
    },
  )
  out.write(pipelineSummaryText(summary, process.resourceUsage().maxRSS))
  return 0
}
