import * as z from 'zod/mini'
import { singleLine } from './text.js'

export const StatisticsTableInfo = z
  .object({
    name: z.string(),
    description: z.string(),
    dimensions: z.array(z.string()).register(z.globalRegistry, { description: 'Kolommen die een groep aanduiden; `*` betekent: alle samen (een totaal).' }),
    publishedAt: z.nullable(z.iso.datetime()).register(z.globalRegistry, { description: 'Wanneer de tabel voor het laatst is gemaakt; leeg als nog nooit.' }),
  })
  .register(z.globalRegistry, { id: 'StatisticsTableInfo' })
export type StatisticsTableInfo = z.infer<typeof StatisticsTableInfo>

export const StatisticsList = z
  .object({
    minCell: z.int().register(z.globalRegistry, { description: 'Kleinste aantal dat gepubliceerd wordt (k); kleinere aantallen zijn onderdrukt.' }),
    tables: z.array(StatisticsTableInfo),
  })
  .register(z.globalRegistry, { id: 'StatisticsList', description: 'De gepubliceerde tabellen met anonieme cijfers.' })
export type StatisticsList = z.infer<typeof StatisticsList>

export const StatisticsTable = z
  .object({
    name: z.string(),
    rows: z
      .array(z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])))
      .register(z.globalRegistry, { description: 'Eén rij per cel: dimensies, `concerns`, statistieken en `suppressed`.' }),
  })
  .register(z.globalRegistry, { id: 'StatisticsTable', description: 'Eén tabel als JSON.' })
export type StatisticsTable = z.infer<typeof StatisticsTable>

export const StatisticsQuery = z
  .strictObject({
    format: z
      .optional(z.enum(['json', 'csv', 'parquet', 'arrow']))
      .register(z.globalRegistry, { description: 'Bestandsvorm; gaat voor de `Accept`-header. Handig voor een downloadlink (open data).' }),
  })
  .register(z.globalRegistry, { id: 'StatisticsQuery' })
export type StatisticsQuery = z.infer<typeof StatisticsQuery>

export const ReportQuery = z
  .strictObject({
    municipality: z
      .optional(singleLine().check(z.minLength(1), z.maxLength(120)))
      .register(z.globalRegistry, { description: 'Naam van één gemeente, zoals in de cijfers; zonder: alle gemeenten samen.' }),
  })
  .register(z.globalRegistry, { id: 'ReportQuery' })
export type ReportQuery = z.infer<typeof ReportQuery>
