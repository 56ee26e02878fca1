/** One cell of a published table, as the pipeline computes it before disclosure control. */
export interface TableCell {
  /** One value per dimension, in the table's dimension order; `'*'` (TOTAL) is the total over that dimension. */
  readonly key: readonly string[]
  /** Number of concerns in the group: a non-negative integer. */
  readonly concerns: number
  /** Statistics of the same group (e.g. median days to first contact); blanked with the count. */
  readonly statistics?: Readonly<Record<string, number | null>>
}

/** The decisions of `suppress`, aligned with its input cells. */
export interface Suppression {
  /** **suppressed**[i] is true when cell i must be published empty. */
  readonly suppressed: boolean[]
  /** Cells suppressed because their count is from 1 to k − 1. */
  readonly primary: number
  /** Cells suppressed only to protect others (including forced ones). */
  readonly secondary: number
  /** Cells no cube could protect without a kept margin (indices into the input): the caller must coarsen or merge. */
  readonly unprotected: readonly number[]
}

export interface SuppressOptions {
  /** Cells to suppress regardless of their count, e.g. to stay consistent with a linked table. */
  readonly force?: readonly boolean[]
  /** Cells that stay published when their count is at least k (the margins the council reads): never used as complements. */
  readonly keep?: readonly boolean[]
  /** Cells the previous publication showed: complements of last resort, since a reader of both publications knows them. */
  readonly previouslyPublished?: readonly boolean[]
}

/** A suppressed (or small published) cell an attacker can pin down from the rest of the table. */
export interface Disclosure {
  /** Index of the cell in the input. */
  readonly cell: number
  readonly key: readonly string[]
  /** The true count, for diagnostics; the attack does not use it. */
  readonly concerns: number
  /** *exact*: the value is recovered; *narrowed*: it is known to be below k. */
  readonly kind: 'exact' | 'narrowed'
  /**
   * *published*: a count from 1 to k − 1 is in the clear; *single-cell*: the only unknown cell of a line (also after
   * earlier recoveries); *small-sum*: the unknown cells of a line add up to less than k; *bounds*: interval propagation.
   */
  readonly attack: 'published' | 'single-cell' | 'small-sum' | 'bounds'
  readonly lower: number
  readonly upper: number
}

/** One output row: the count or null, never 0 for a suppressed cell. */
export interface PublishedCell {
  readonly key: string[]
  readonly concerns: number | null
  readonly suppressed: boolean
  readonly statistics: Record<string, number | null>
}
