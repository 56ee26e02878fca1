/** How much the protection hides, per table, from the published `disclosure` table: for the methodology section. */
import { TABLES } from '@klankbord/analytics/pipeline'
import { rowsOf } from '../../charts/select.js'
import type { PublishedTables } from '../../charts/index.js'

export type InformationLoss = {
  /** The table's name as published, and for people. */
  readonly name: string
  readonly table: string
  readonly cells: number
  readonly withheldCells: number
  /** Concerns counted in the table's finest cells, and how many of them sit in withheld cells. */
  readonly concerns: number
  readonly withheldConcerns: number
  /** 0..1. */
  readonly withheldShare: number
}

export const TABLE_LABELS: Readonly<Record<string, string>> = {
  over_time: 'Meldingen per periode en domein',
  concerns: 'Meldingen per jaar, gemeente en domein',
  channels: 'Meldingen per soort partner',
  intake_channels: 'Meldingen per kanaal',
  kinds: 'Soorten onvrede',
  wishes: 'Afgesloten meldingen per wens',
  outcomes: 'Uitkomsten van afgesloten meldingen',
  support: 'Gegeven ondersteuning per wens',
  signals: 'Signalen per stand',
}

/** A table without a short name here is named by its description's first sentence, without what is in brackets. */
const firstSentence = (description: string) => description.replace(/\s*\([^)]*\)/g, '').split(/[.:]\s/)[0]!.replace(/\.$/, '')

export const tableLabel = (name: string): string => TABLE_LABELS[name] ?? firstSentence(TABLES.find((t) => t.name === name)?.description ?? name)

const number = (value: unknown): number => (typeof value === 'number' ? value : Number(value ?? 0)) || 0

/** One entry per table in the publication's `disclosure` table, in the order of the tables; empty when it was not published. */
export function informationLoss(tables: PublishedTables): InformationLoss[] {
  const order = (name: string) => {
    const i = TABLES.findIndex((t) => t.name === name)
    return i === -1 ? TABLES.length : i
  }
  return [...rowsOf(tables, 'disclosure')]
    .sort((a, b) => order(String(a.table)) - order(String(b.table)))
    .map((row) => ({
      name: String(row.table),
      table: tableLabel(String(row.table)),
      cells: number(row.cells),
      withheldCells: number(row.withheld_cells),
      concerns: number(row.concerns),
      withheldConcerns: number(row.withheld_concerns),
      withheldShare: number(row.withheld_share),
    }))
}
