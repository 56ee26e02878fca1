/**
 * The share of concerns closed in a year that ended without a formal procedure (contract item 5): from the
 * `outcomes` table, over concerns CLOSED in the year, using published cells only. It is a function of published
 * cells, so it reveals nothing they do not; when a cell it needs is withheld or merged away, so is the share.
 */
import { ALL, cell, countOf, matching, rowsOf } from './select.js'
import type { PublishedTables } from './types.js'

/** Outcomes that are a formal procedure: what the confidant hopes to prevent. */
export const FORMAL_OUTCOMES: readonly string[] = ['formal-complaint', 'objection']

export type ClosedWithoutProcedure = {
  /** Concerns closed in the year, or null when withheld. */
  readonly closed: number | null
  /** The share closed without a formal procedure, or null when withheld. */
  readonly share: number | null
}

const mergedAway = (tables: PublishedTables, year: string): boolean =>
  rowsOf(tables, 'merged_categories').some(
    (row) => row.table === 'outcomes' && String(row.year) === year && row.dimension === 'outcome' && String(row.members ?? '').split(';').some((m) => FORMAL_OUTCOMES.includes(m.trim())),
  )

export function closedWithoutProcedure(tables: PublishedTables, year: string | undefined, municipality: string): ClosedWithoutProcedure {
  if (!year) return { closed: null, share: null }
  const rows = matching(rowsOf(tables, 'outcomes'), { year, municipality })
  const closed = countOf(cell(rows, { outcome: ALL }))
  if (closed === null || closed === 0 || mergedAway(tables, year)) return { closed, share: null }
  let formal = 0
  for (const outcome of FORMAL_OUTCOMES) {
    const row = cell(rows, { outcome })
    // An outcome without a row did not occur that year.
    if (row === undefined) continue
    const count = countOf(row)
    if (count === null) return { closed, share: null }
    formal += count
  }
  return { closed, share: (closed - formal) / closed }
}
