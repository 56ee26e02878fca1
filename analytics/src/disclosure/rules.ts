/** A key value meaning "all values of this dimension": the cell is a total (margin) over that dimension. */
export const TOTAL = '*'

/** The smallest count that may be published (k, `KLANKBORD_MIN_CELL`), default *5*. */
export const DEFAULT_MIN_CELL = 5

/** Rule 1: a count from 1 to k − 1 points at too few people to publish; 0 is published as it is. */
export function isPrimarySensitive(count: number, k: number): boolean {
  return count >= 1 && count < k
}

/** Rule 2: a group's statistics (medians, shares) are published only when its count is, and is at least k. */
export function mayPublishStatistics(count: number, suppressed: boolean, k: number): boolean {
  return !suppressed && count >= k
}

/**
 * Rule 3, for one line (the cells that differ in one dimension, plus that line's total): either nothing is
 * suppressed, or at least two cells are and, when the total is published, the suppressed cells add up to at
 * least k. A suppressed total defers to the lines it belongs to itself; the bounds audit checks the whole.
 */
export function isLineProtected(suppressedCells: number, totalSuppressed: boolean, suppressedSum: number, k: number): boolean {
  if (suppressedCells === 0) return true
  if (suppressedCells < 2) return false
  return totalSuppressed || suppressedSum >= k
}

/** What an attacker must not reach for a suppressed cell: its exact value, or an upper bound below k. */
export function isDisclosed(lower: number, upper: number, k: number): boolean {
  return lower === upper || upper < k
}

export function assertMinCell(k: number): void {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`disclosure: the minimum cell count must be a positive integer, got ${k}`)
}
