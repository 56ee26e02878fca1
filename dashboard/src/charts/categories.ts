/** One published count per category (a kind, an outcome, a channel) with its share of a published total. */
import type { Locale } from '@klankbord/contract/vocabulary'
import { formatCell, formatCount, formatShare } from '../number-format.js'
import type { Bar } from './bars.js'
import { inVocabularyOrder, labelOf, type Vocabulary } from './labels.js'
import { ALL, cell, countOf, shareOf } from './select.js'
import type { PublishedRow } from './types.js'

export type Item = { readonly code: string; readonly label: string; readonly value: number | null; readonly share: number | null }

/** The categories present in the rows (margin `*` left out), in the vocabulary's order; absent ones are not invented. */
export function categoryItems(rows: readonly PublishedRow[], column: string, vocabulary: Vocabulary | undefined, locale: Locale, total: number | null): Item[] {
  const codes = rows.map((row) => String(row[column])).filter((code) => code !== ALL)
  const ordered = vocabulary ? inVocabularyOrder(vocabulary, codes) : [...new Set(codes)].sort((a, b) => a.localeCompare(b, 'nl'))
  return ordered.map((code) => {
    const value = countOf(cell(rows, { [column]: code }))
    return { code, label: vocabulary ? labelOf(vocabulary, code, locale) : code, value, share: shareOf(value, total) }
  })
}

/** Largest first; withheld cells last, since their size is unknown. */
export const byCount = (a: Item, b: Item): number => (b.value ?? -1) - (a.value ?? -1)

export const hasWithheld = (items: readonly Item[]): boolean => items.some((item) => item.value === null)

/** "40 (33%)", or "40" when there is no published total to compare with. */
export const countWithShare = (value: number, share: number | null, locale: Locale): string =>
  share === null ? formatCount(value, locale) : `${formatCount(value, locale)} (${formatShare(share, locale)})`

export const barOf = (item: Item, locale: Locale, fill?: string): Bar => ({
  label: item.label,
  value: item.value,
  text: item.value === null ? '' : countWithShare(item.value, item.share, locale),
  ...(fill ? { fill } : {}),
})

/** The table row for a bar: the same count ("< k" when withheld) and share. */
export const rowOf = (item: Item, k: number, locale: Locale): string[] => [item.label, formatCell(item.value, k, locale), item.share === null ? '–' : formatShare(item.share, locale)]
