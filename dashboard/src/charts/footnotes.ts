/** The notes under a chart: the one explanation of the withheld mark, merged categories and partial periods. */
import type { Locale } from '@klankbord/contract/vocabulary'
import { WITHHELD_MARK } from '../number-format.js'
import { partialNote } from './coverage.js'
import { mergedNotes } from './merged.js'
import type { PublishedTables } from './types.js'
import { say } from './words.js'

/** The contract's words for a withheld value, the same for a small count and for a cell withheld to protect one. */
export const withheldFootnote = (locale: Locale): string =>
  say(locale, `${WITHHELD_MARK} afgeschermd: een klein aantal, of afgeschermd om een klein aantal te beschermen.`, `${WITHHELD_MARK} withheld: a small number, or withheld to protect a small number.`)

/** The short key drawn under a chart with a withheld mark in it. */
export const withheldLegend = (locale: Locale): string => say(locale, `${WITHHELD_MARK} = afgeschermd (zie voetnoot)`, `${WITHHELD_MARK} = withheld (see footnote)`)

export type FootnoteParts = {
  readonly locale: Locale
  /** Whether the view shows the withheld mark anywhere: chart, table, title or summary. */
  readonly withheld: boolean
  readonly merged?: readonly string[]
  readonly partial?: string | undefined
}

export const footnotesOf = ({ locale, withheld, merged = [], partial }: FootnoteParts): string[] => [
  ...(withheld ? [withheldFootnote(locale)] : []),
  ...merged,
  ...(partial ? [partial] : []),
]

/** The footnotes of a view about `years`, read from tables `tableNames`; `periods` are the periods it shows (default: the years). */
export function viewFootnotes(tables: PublishedTables, locale: Locale, years: string | readonly string[], tableNames: readonly string[], withheld: boolean, periods?: readonly string[]): string[] {
  const list = typeof years === 'string' ? [years] : years
  return footnotesOf({ locale, withheld, merged: mergedNotes(tables, tableNames, list, locale), partial: partialNote(tables, periods ?? list, locale) })
}

/** The key under a chart: only when the drawing itself shows the withheld mark. */
export const legendOf = (locale: Locale, drawnWithheld: boolean): string | undefined => (drawnWithheld ? withheldLegend(locale) : undefined)
