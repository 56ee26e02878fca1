import { ReportQuery, StatisticsList, StatisticsQuery, StatisticsTable } from '../statistics.js'
import * as paths from '../operation-paths/index.js'
import type { OperationRows } from './operation.js'
import { ReportParams, TableParams } from './parameters.js'
import { STAFF } from './roles.js'

/** The published, suppressed tables of the pipeline and the annual report made from them. */
export const STATISTICS_OPERATIONS = {
  listStatistics: {
    ...paths.listStatistics,
    access: STAFF,
    tag: 'Statistiek',
    summary: 'Tabellen met anonieme cijfers',
    response: { status: 200, schema: StatisticsList, description: 'De gepubliceerde tabellen met hun beschrijving en kolommen.' },
    publicWhenStatisticsArePublic: true,
  },
  getStatisticsPackage: {
    ...paths.getStatisticsPackage,
    access: STAFF,
    tag: 'Statistiek',
    summary: 'Beschrijving van alle tabellen (Frictionless Data Package)',
    description: 'Elke tabel en kolom beschreven in het Nederlands (`description`) en Engels (`description_en`), met de bestanden als CSV, Parquet en Arrow.',
    response: { status: 200, schema: null, description: 'datapackage.json (`application/json`).' },
    publicWhenStatisticsArePublic: true,
  },
  getStatistics: {
    ...paths.getStatistics,
    access: STAFF,
    tag: 'Statistiek',
    summary: 'Eén tabel met anonieme cijfers',
    description: 'Als Arrow IPC (`application/vnd.apache.arrow.stream`), JSON, CSV of Parquet, naar de `Accept`-header of `format`. Afgeschermde cellen zijn leeg met `suppressed` = waar. Naast elke codekolom staat `<kolom>_label` met de Nederlandse omschrijving.',
    params: TableParams,
    query: StatisticsQuery,
    response: { status: 200, schema: StatisticsTable, description: 'De tabel.', alsoAs: ['application/vnd.apache.arrow.stream', 'text/csv', 'application/vnd.apache.parquet'] },
    publicWhenStatisticsArePublic: true,
  },
  getReport: {
    ...paths.getReport,
    access: STAFF,
    tag: 'Statistiek',
    summary: 'Het jaarverslag als PDF',
    description: 'Toegankelijke PDF (getagd, PDF/UA) met kerncijfers, grafieken, signalen, aanbevelingen en de werkwijze, alleen uit de gepubliceerde anonieme cijfers. Zonder `municipality`: alle gemeenten samen.',
    params: ReportParams,
    query: ReportQuery,
    response: { status: 200, schema: null, description: 'Het jaarverslag (`application/pdf`).', alsoAs: ['application/pdf'] },
    publicWhenStatisticsArePublic: true,
  },
} as const satisfies OperationRows
