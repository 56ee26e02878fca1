import { readFileSync } from 'node:fs'
import { CHANNELS, DOMAINS, KINDS, OUTCOMES, SUPPORT_GIVEN, WISHES } from '@klankbord/contract/vocabulary'

/**
 * The pipeline's aggregation written in plain JavaScript, for the bench's comparison only: the same extract
 * (CSV), the same tables with every margin within a period, medians and p75s of the durations. No disclosure control and no
 * files: only the part DuckDB does.
 */

type Item = { key: string[]; firstContact?: number | null; close?: number | null }
type JsTable = { name: string; dims: number; withoutMargin: number[]; allTime?: boolean; items(row: StagedRow): Item[] }
type StagedRow = {
  municipality: string
  partnerKind: string
  channel: string
  domain: string
  kinds: string[]
  wish: string
  support: string[]
  outcome: string
  period: string
  year: string
  closedYear: string | null
  firstContactDays: number | null
  closeDays: number | null
}

/** Same rule as the pipeline's SQL: Dutch summer time at month starts from April to October. */
function dutchMonth(minute: number): { year: number; month: number } {
  const at = (hours: number) => new Date((minute * 60 + hours * 3600) * 1000)
  const summer = at(2).getUTCMonth() + 1
  const local = at(summer >= 4 && summer <= 10 ? 2 : 1)
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1 }
}

function splitCsvLine(line: string): string[] {
  // The extract holds ids and numbers only: no quotes, no commas inside a value.
  return line.split(',')
}

/** The codes whose bits are set, as the pipeline's mask tables give them: sorted. */
const fromMask = (mask: number, vocabulary: readonly string[]) => vocabulary.filter((_, bit) => mask & (1 << bit)).sort()

function readRows(concernsCsv: string, placesCsv: string, granularity: 'month' | 'quarter' | 'year'): StagedRow[] {
  const names = new Map<string, string>()
  for (const line of readFileSync(placesCsv, 'utf8').trim().split('\n').slice(1)) {
    const [, id, value] = splitCsvLine(line)
    names.set(id!, value!)
  }
  const lines = readFileSync(concernsCsv, 'utf8').split('\n')
  const rows: StagedRow[] = []
  // The store's statistics records, without a header (api/src/db/schema/statistics-record.ts).
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (!line) continue
    const [, municipalityKey, partnerKey, channel, domain, kinds, wish, support, outcome, created, firstContact, closed] = splitCsvLine(line)
    const createdMinute = Number(created)
    const { year, month } = dutchMonth(createdMinute)
    const period = granularity === 'month' ? `${year}-${String(month).padStart(2, '0')}` : granularity === 'quarter' ? `${year}-K${Math.ceil(month / 3)}` : String(year)
    rows.push({
      municipality: names.get(municipalityKey!) ?? '',
      partnerKind: partnerKey ? (names.get(partnerKey) ?? '') : 'confidant',
      channel: CHANNELS[Number(channel)]!,
      domain: DOMAINS[Number(domain)]!,
      kinds: fromMask(Number(kinds), KINDS),
      wish: WISHES[Number(wish)]!,
      support: fromMask(Number(support), SUPPORT_GIVEN),
      outcome: outcome ? OUTCOMES[Number(outcome)]! : '',
      period,
      year: String(year),
      closedYear: closed ? String(dutchMonth(createdMinute + Number(closed)).year) : null,
      firstContactDays: firstContact ? Number(firstContact) / 1440 : null,
      closeDays: closed ? Number(closed) / 1440 : null,
    })
  }
  return rows
}

const TABLES: JsTable[] = [
  { name: 'over_time', dims: 3, withoutMargin: [], items: (r) => [{ key: [r.period, r.municipality, r.domain] }] },
  { name: 'concerns', dims: 3, withoutMargin: [], allTime: true, items: (r) => [{ key: [r.year, r.municipality, r.domain], firstContact: r.firstContactDays, close: r.closeDays }] },
  { name: 'channels', dims: 3, withoutMargin: [], items: (r) => [{ key: [r.year, r.municipality, r.partnerKind] }] },
  { name: 'intake_channels', dims: 3, withoutMargin: [], items: (r) => [{ key: [r.year, r.municipality, r.channel] }] },
  { name: 'kinds', dims: 3, withoutMargin: [2], items: (r) => r.kinds.map((kind) => ({ key: [r.year, r.municipality, kind] })) },
  { name: 'outcomes', dims: 3, withoutMargin: [], items: (r) => (r.closedYear ? [{ key: [r.closedYear, r.municipality, r.outcome] }] : []) },
  { name: 'wishes', dims: 3, withoutMargin: [], items: (r) => (r.closedYear ? [{ key: [r.closedYear, r.municipality, r.wish] }] : []) },
  { name: 'support', dims: 4, withoutMargin: [3], items: (r) => (r.closedYear ? r.support.map((s) => ({ key: [r.closedYear!, r.municipality, r.wish, s] })) : []) },
]

function quantile(sorted: number[], q: number): number | null {
  if (!sorted.length) return null
  const at = (sorted.length - 1) * q
  const low = Math.floor(at)
  return sorted[low]! + (sorted[Math.min(low + 1, sorted.length - 1)]! - sorted[low]!) * (at - low)
}

type Group = { count: number; firstContact: number[]; close: number[] }

/** Every table's cells (all grouping sets), with durations where the pipeline has them; returns the cell count. */
export function aggregateInPlainJs(concernsCsv: string, placesCsv: string, granularity: 'month' | 'quarter' | 'year'): number {
  const rows = readRows(concernsCsv, placesCsv, granularity)
  let cells = 0
  for (const table of TABLES) {
    // The period is always kept (no totals over periods); `concerns` also has the one all-time total.
    const masks = Array.from({ length: 1 << table.dims }, (_, m) => m).filter((m) => (m & 1 && table.withoutMargin.every((d) => m & (1 << d))) || (m === 0 && table.allTime))
    const groups = new Map<string, Group>()
    for (const row of rows) {
      for (const item of table.items(row)) {
        for (const mask of masks) {
          const key = item.key.map((v, d) => (mask & (1 << d) ? v : '*')).join('\u0001')
          let group = groups.get(key)
          if (!group) groups.set(key, (group = { count: 0, firstContact: [], close: [] }))
          group.count++
          if (item.firstContact != null) group.firstContact.push(item.firstContact)
          if (item.close != null) group.close.push(item.close)
        }
      }
    }
    for (const group of groups.values()) {
      for (const values of [group.firstContact, group.close]) {
        if (!values.length) continue
        values.sort((a, b) => a - b)
        quantile(values, 0.5)
        quantile(values, 0.75)
      }
    }
    cells += groups.size
  }
  return cells
}
