import { ALL, type Cell } from './aggregate.js'
import type { TableDefinition } from './tables.js'

/** What a table withholds: its cells, and the concerns in withheld cells of its finest breakdown. */
export type TableLoss = {
  cells: number
  withheld_cells: number
  /** Concerns counted in the finest cells (every dimension a value, no total). */
  concerns: number
  withheld_concerns: number
  /** withheld_concerns / concerns, 3 decimals; 0 for an empty table. */
  withheld_share: number
}

/**
 * The information loss of one table. Years whose own total is withheld (fewer than k concerns in all) are left
 * out, so the figure follows from the published cells and reveals nothing about such a year.
 */
export function informationLoss(table: TableDefinition, cells: readonly Cell[], suppressed: readonly boolean[]): TableLoss {
  const slices = table.withoutMargin ?? []
  const isTotal = (cell: Cell) => cell.key.slice(1).every((value, i) => value === ALL || slices.includes(table.dimensions[i + 1]!))
  const hiddenYears = new Set(cells.filter((cell, i) => suppressed[i] && cell.key[0] !== ALL && isTotal(cell)).map((cell) => cell.key[0]!.slice(0, 4)))
  let concerns = 0
  let withheld = 0
  cells.forEach((cell, i) => {
    if (cell.key.includes(ALL) || hiddenYears.has(cell.key[0]!.slice(0, 4))) return
    concerns += cell.concerns
    if (suppressed[i]) withheld += cell.concerns
  })
  return {
    cells: cells.length,
    withheld_cells: suppressed.filter(Boolean).length,
    concerns,
    withheld_concerns: withheld,
    withheld_share: concerns ? Math.round((withheld / concerns) * 1000) / 1000 : 0,
  }
}
