/**
 * The contract between the published statistics and everything that shows them: the dashboard in the browser
 * and the annual report on the server build every chart, its words and its table from the same ChartView.
 */
import type { Locale } from '@klankbord/contract/vocabulary'

/** One row of a published table (analytics/src/pipeline/publish.ts): dimensions as strings (`*` = all), `concerns` null when withheld. */
export type PublishedRow = Record<string, string | number | boolean | null>

/**
 * The published tables by name: over_time, concerns, channels, kinds, outcomes, wishes, support, signals; the meta
 * tables periods, merged_categories, disclosure; the lists signal_texts, recommendations.
 */
export type PublishedTables = Readonly<Record<string, readonly PublishedRow[]>>

export type ChartFilters = {
  /** A year such as "2026"; undefined = the latest year with data. */
  readonly year?: string
  /** A municipality name; undefined = all (`*`). */
  readonly municipality?: string
  /** A domain code; undefined = all (`*`). */
  readonly domain?: string
}

export type ChartData = {
  readonly tables: PublishedTables
  readonly filters: ChartFilters
  readonly locale: Locale
  /** The smallest published count (KLANKBORD_MIN_CELL); the views never print it beside a withheld cell. */
  readonly k: number
}

export type ChartId = 'over-time' | 'kinds' | 'wishes-support' | 'outcomes' | 'durations' | 'channels' | 'signals' | 'municipalities'

/** A table alternative with exactly the numbers the chart draws, already formatted (nl-NL or en-GB; withheld as "–"). */
export type ChartTable = {
  readonly caption: string
  readonly columns: readonly string[]
  readonly rows: readonly (readonly string[])[]
}

export type ChartView = {
  readonly id: ChartId
  /** States the finding in words, e.g. "Meeste meldingen over de Wmo (42 %)". Also the alt text in the report. */
  readonly title: string
  /** Two or three plain sentences (B1) that say what the chart shows and of which population its shares are. */
  readonly summary: string
  readonly table: ChartTable
  /**
   * Notes to show under the chart and its table, in this order: what the withheld mark "–" means (whenever the
   * view shows it), categories merged to protect residents, and periods the data does not fully cover.
   */
  readonly footnotes: readonly string[]
  /** True when there is nothing to draw for these filters; the views then show the summary only. */
  readonly empty: boolean
  /**
   * Draws the chart as a bare <svg> (never Plot's <figure>: no title/caption options) with explicit colours
   * (no currentColor). In the browser the global document is used; on the server a linkedom document is passed.
   */
  plot(options?: { document?: Document; width?: number }): SVGSVGElement
}
