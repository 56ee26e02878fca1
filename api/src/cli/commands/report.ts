import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { defaultPaths } from '@klankbord/analytics/pipeline'
import { AnnualReportError, isReportYear, renderAnnualReport } from '@klankbord/dashboard/report'
import { operationPath } from '@klankbord/contract/api-path'
import { loadConfig, type Config } from '../../config.js'
import { reportFileName } from '../../routes/reports/file-name.js'
import { confidantNameFor } from '../../services/municipalities/confidant-name.js'
import { commandContext } from '../command-context.js'
import { DataDirLockedError, activeLock } from '../../store/data-dir-lock.js'
import { createPublishedMirror } from '../../services/statistics/published-mirror.js'
import { openStore } from '../../store/open-store.js'
import { parseCommandArgs, UsageError } from '../args.js'

export const REPORT_HELP = `Gebruik / Usage: klankbord report --year JJJJ [--municipality NAAM] [--out BESTAND.pdf]

Maakt het jaarverslag als toegankelijke PDF: kerncijfers met het jaar ervoor, de grafieken van het dashboard
met hun tabellen, de signalen en wat de gemeente ermee deed, de aanbevelingen, en hoe de cijfers anoniem zijn.
Alleen uit de gepubliceerde anonieme cijfers (draai eerst: klankbord pipeline); nooit uit de meldingen zelf.
Makes the annual report as an accessible PDF: key figures against the year before, the dashboard's charts with
their tables, the signals and what the municipality did, the recommendations, and how the figures are made
anonymous. Only from the published anonymous statistics (run klankbord pipeline first), never from the concerns.

  --year JJJJ          het jaar / the year
  --municipality NAAM  één gemeente / one municipality (standaard / default: alle samen / all together)
  --out BESTAND        uitvoer / output (standaard / default: jaarverslag-JJJJ[-gemeente].pdf)

De naam van de vertrouwenspersoon komt uit de instellingen van de gemeente. Houdt een draaiende server de
PGlite-opslag vast, dan blijft die naam weg (of vraag het verslag op via GET ${operationPath('getReport', { year: 'JJJJ' })}).
The confidant's name comes from the municipality's settings; it is left out while a running server holds the
PGlite store (or fetch the report from GET ${operationPath('getReport', { year: 'YYYY' })}).`

/** The confidant's name when the store can be read without waiting for a running server; undefined otherwise. */
async function readConfidantName(config: Config, municipality: string | undefined, out: NodeJS.WritableStream): Promise<string | undefined> {
  if (!config.databaseUrl && activeLock(config.dataDir)) {
    out.write('De opslag is in gebruik; het verslag komt zonder naam van de vertrouwenspersoon. / The store is in use; the report has no confidant name.\n')
    return undefined
  }
  try {
    const store = await openStore(config)
    try {
      return await confidantNameFor(commandContext(store), municipality)
    } finally {
      await store.close()
    }
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error
    out.write('De opslag is in gebruik; het verslag komt zonder naam van de vertrouwenspersoon. / The store is in use; the report has no confidant name.\n')
    return undefined
  }
}

/**
 * The published statistics to read. On PostgreSQL the version every instance serves, copied from the store; the
 * embedded store has one instance, whose pipeline folder holds that version (and can be read while the server runs).
 */
async function publishedStatisticsDir(config: Config): Promise<string> {
  if (!config.databaseUrl) return defaultPaths(config.dataDir).outDir
  const store = await openStore(config)
  try {
    return await createPublishedMirror(store, config.dataDir).dir()
  } finally {
    await store.close()
  }
}

export async function reportCommand(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values } = parseCommandArgs(args, { year: { type: 'string' }, municipality: { type: 'string' }, out: { type: 'string' } })
  if (values.help) {
    out.write(`${REPORT_HELP}\n`)
    return 0
  }
  const year = Number(values.year)
  if (values.year === undefined || !/^\d{4}$/.test(values.year) || !isReportYear(year)) throw new UsageError('--year: een jaar van 2000 tot en met 2100 / a year from 2000 to 2100')
  const config = loadConfig()
  const started = performance.now()
  const file = resolve(values.out ?? reportFileName(year, values.municipality))
  try {
    const pdf = await renderAnnualReport({
      statisticsDir: await publishedStatisticsDir(config),
      year,
      municipality: values.municipality,
      k: config.minCell,
      confidantName: await readConfidantName(config, values.municipality, out),
    })
    await writeFile(file, pdf)
    out.write(`Jaarverslag / annual report ${year}: ${file} (${Math.round(pdf.length / 1024)} KB, ${((performance.now() - started) / 1000).toFixed(1)} s)\n`)
    return 0
  } catch (error) {
    if (!(error instanceof AnnualReportError)) throw error
    out.write(`${error.message}\n`)
    return 1
  }
}
