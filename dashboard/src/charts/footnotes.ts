/** The notes under a chart: the one explanation of the withheld mark, merged categories and partial periods. */
import type { Locale } from '@klankbord/contract/vocabulary'
import { WITHHELD_MARK } from '../number-format.js'
import { partialNote } from './coverage.js'
import { mergedNotes } from './merged.js'
import type { ChartData } from './types.js'
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

export type ViewNotes = {
  /** The year or years the view is about. */
  readonly years: string | readonly string[]
  /** The published tables it reads. */
  readonly tables: readonly string[]
  /** The dimensions it shows as categories (bars, rows). */
  readonly shown: readonly string[]
  /** Whether it shows the withheld mark. */
  readonly withheld: boolean
  /** The periods it shows; default the years. */
  readonly periods?: readonly string[]
}

/** The footnotes of a view: the withheld mark, merges it shows or filters on, partial periods. */
export function viewFootnotes(data: ChartData, notes: ViewNotes): string[] {
  const years = typeof notes.years === 'string' ? [notes.years] : notes.years
  const chosen = { municipality: data.filters.municipality, domain: data.filters.domain }
  return footnotesOf({
    locale: data.locale,
    withheld: notes.withheld,
    merged: mergedNotes(data.tables, { tables: notes.tables, years, shown: notes.shown, chosen }, data.locale),
    partial: partialNote(data.tables, notes.periods ?? years, data.locale),
  })
}

/** The key under a chart: only when the drawing itself shows the withheld mark. */
export const legendOf = (locale: Locale, drawnWithheld: boolean): string | undefined => (drawnWithheld ? withheldLegend(locale) : undefined)
