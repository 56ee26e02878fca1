/** One published count per category (a kind, an outcome, a channel) with its share of a published total. */
import type { Locale } from '@klankbord/contract/vocabulary'
import { formatCell, formatCount, formatShare, WITHHELD_MARK } from '../number-format.js'
import type { Bar } from './bars.js'
import { inVocabularyOrder, labelOf, municipalityLabel, type Vocabulary } from './labels.js'
import { ALL, cell, countOf, shareOf } from './select.js'
import type { PublishedRow } from './types.js'

export type Item = {
  readonly code: string
  readonly label: string
  readonly value: number | null
  readonly share: number | null
  /**
   * The cell is a margin (a `*` in another dimension). By the contract a withheld margin is below k, so any
   * published count is larger; a withheld interior cell may be withheld to protect another and be large.
   */
  readonly margin: boolean
}

const isMargin = (row: PublishedRow | undefined, column: string) => row !== undefined && Object.entries(row).some(([name, value]) => name !== column && value === ALL)

/** The categories present in the rows (margin `*` left out), in the vocabulary's order; absent ones are not invented. */
export function categoryItems(rows: readonly PublishedRow[], column: string, vocabulary: Vocabulary | undefined, locale: Locale, total: number | null): Item[] {
  const codes = rows.map((row) => String(row[column])).filter((code) => code !== ALL)
  const ordered = vocabulary ? inVocabularyOrder(vocabulary, codes) : [...new Set(codes)].sort((a, b) => a.localeCompare(b, 'nl'))
  return ordered.map((code) => {
    const row = cell(rows, { [column]: code })
    const value = countOf(row)
    return { code, label: vocabulary ? labelOf(vocabulary, code, locale) : municipalityLabel(code, locale), value, share: shareOf(value, total), margin: isMargin(row, column) }
  })
}

/** Largest first; withheld cells last, since their size is unknown. */
export const byCount = (a: Item, b: Item): number => (b.value ?? -1) - (a.value ?? -1)

export const hasWithheld = (items: readonly Item[]): boolean => items.some((item) => item.value === null)

export type Leader = { readonly item: Item & { readonly value: number }; readonly certain: boolean }

/**
 * The largest published category, and whether it is surely the largest of all. It is when every withheld cell is
 * a margin, or when the categories add up to a published total and the leader is at least what all withheld
 * cells hold together (total minus the published ones; that sum is never shown, so no cell is derived).
 */
export function leaderOf(items: readonly Item[], additiveTotal?: number | null): Leader | undefined {
  const published = items.filter((item): item is Item & { value: number } => item.value !== null).sort(byCount)
  const top = published[0]
  if (!top) return undefined
  const withheld = items.filter((item) => item.value === null)
  const rest = additiveTotal == null ? undefined : additiveTotal - published.reduce((sum, item) => sum + item.value, 0)
  return { item: top, certain: withheld.every((item) => item.margin) || (rest !== undefined && top.value >= rest) }
}

/** "40 (33%)", or "40" when there is no published total to compare with. */
export const countWithShare = (value: number, share: number | null, locale: Locale): string =>
  share === null ? formatCount(value, locale) : `${formatCount(value, locale)} (${formatShare(share, locale)})`

export const barOf = (item: Item, locale: Locale, fill?: string): Bar => ({
  label: item.label,
  value: item.value,
  text: item.value === null ? WITHHELD_MARK : countWithShare(item.value, item.share, locale),
  ...(fill ? { fill } : {}),
})

/** The table row for a bar: the same count (the withheld mark when withheld) and share. */
export const rowOf = (item: Item, locale: Locale): string[] => [item.label, formatCell(item.value, locale), item.share === null ? WITHHELD_MARK : formatShare(item.share, locale)]
