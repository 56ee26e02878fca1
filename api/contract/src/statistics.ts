import * as z from 'zod/mini'
import { namedObject, namedStrictObject } from './named-object.js'
import { singleLine } from './text.js'

export const StatisticsTableInfo = namedObject('StatisticsTableInfo', {
  name: z.string(),
  description: z.string(),
  dimensions: z.array(z.string()).register(z.globalRegistry, { description: 'Kolommen die een groep aanduiden; `*` betekent: alle samen (een totaal).' }),
  publishedAt: z.nullable(z.iso.datetime()).register(z.globalRegistry, { description: 'Wanneer de tabel voor het laatst is gemaakt; leeg als nog nooit.' }),
})
export type StatisticsTableInfo = z.infer<typeof StatisticsTableInfo>

export const StatisticsList = namedObject('StatisticsList', 'De gepubliceerde tabellen met anonieme cijfers.', {
  minCell: z.int().register(z.globalRegistry, { description: 'Kleinste aantal dat gepubliceerd wordt (k); kleinere aantallen zijn onderdrukt.' }),
  tables: z.array(StatisticsTableInfo),
})
export type StatisticsList = z.infer<typeof StatisticsList>

export const StatisticsTable = namedObject('StatisticsTable', 'Eén tabel als JSON.', {
  name: z.string(),
  rows: z
    .array(z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])))
    .register(z.globalRegistry, { description: 'Eén rij per cel: dimensies, `concerns`, statistieken en `suppressed`.' }),
})
export type StatisticsTable = z.infer<typeof StatisticsTable>

export const StatisticsQuery = namedStrictObject('StatisticsQuery', {
  format: z
    .optional(z.enum(['json', 'csv', 'parquet', 'arrow']))
    .register(z.globalRegistry, { description: 'Bestandsvorm; gaat voor de `Accept`-header. Handig voor een downloadlink (open data).' }),
})
export type StatisticsQuery = z.infer<typeof StatisticsQuery>

export const ReportQuery = namedStrictObject('ReportQuery', {
  municipality: z
    .optional(singleLine().check(z.minLength(1), z.maxLength(120)))
    .register(z.globalRegistry, { description: 'Naam van één gemeente, zoals in de cijfers; zonder: alle gemeenten samen.' }),
})
export type ReportQuery = z.infer<typeof ReportQuery>
