import * as z from 'zod'
import { singleLine } from './text.js'

export const StatisticsTableInfo = z
  .object({
    name: z.string(),
    description: z.string(),
    dimensions: z.array(z.string()).meta({ description: 'Kolommen die een groep aanduiden; `*` betekent: alle samen (een totaal).' }),
    publishedAt: z.iso.datetime().nullable().meta({ description: 'Wanneer de tabel voor het laatst is gemaakt; leeg als nog nooit.' }),
  })
  .meta({ id: 'StatisticsTableInfo' })
export type StatisticsTableInfo = z.infer<typeof StatisticsTableInfo>

export const StatisticsList = z
  .object({ minCell: z.int().meta({ description: 'Kleinste aantal dat gepubliceerd wordt (k); kleinere aantallen zijn onderdrukt.' }), tables: z.array(StatisticsTableInfo) })
  .meta({ id: 'StatisticsList', description: 'De gepubliceerde tabellen met anonieme cijfers.' })
export type StatisticsList = z.infer<typeof StatisticsList>

export const StatisticsTable = z
  .object({
    name: z.string(),
    rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))).meta({ description: 'Eén rij per cel: dimensies, `concerns`, statistieken en `suppressed`.' }),
  })
  .meta({ id: 'StatisticsTable', description: 'Eén tabel als JSON.' })
export type StatisticsTable = z.infer<typeof StatisticsTable>

export const StatisticsQuery = z
  .strictObject({
    format: z
      .enum(['json', 'csv', 'parquet', 'arrow'])
      .optional()
      .meta({ description: 'Bestandsvorm; gaat voor de `Accept`-header. Handig voor een downloadlink (open data).' }),
  })
  .meta({ id: 'StatisticsQuery' })
export type StatisticsQuery = z.infer<typeof StatisticsQuery>

export const ReportQuery = z
  .strictObject({
    municipality: singleLine().min(1).max(120).optional().meta({ description: 'Naam van één gemeente, zoals in de cijfers; zonder: alle gemeenten samen.' }),
  })
  .meta({ id: 'ReportQuery' })
export type ReportQuery = z.infer<typeof ReportQuery>
