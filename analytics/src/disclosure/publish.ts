import { toMask } from './mask.js'
import { assertMinCell, DEFAULT_MIN_CELL, isPrimarySensitive, mayPublishStatistics } from './rules.js'
import { keyText } from './table.js'
import type { PublishedCell, TableCell } from './types.js'

/**
 * Output rows for cells and their suppression decisions: a suppressed count becomes null (never 0) with the flag
 * set, and statistics are kept only for published groups of at least k (rule 2). Refuses a small count in the clear.
 */
export function publishCells(cells: readonly TableCell[], suppressed: readonly boolean[], k: number = DEFAULT_MIN_CELL): PublishedCell[] {
  assertMinCell(k)
  const hidden = toMask(suppressed, cells.length, 'suppressed')
  return cells.map((cell, c) => {
    const isHidden = hidden[c] === 1
    if (!isHidden && isPrimarySensitive(cell.concerns, k))
      throw new Error(`disclosure: cell ${keyText(cell.key)} has count ${cell.concerns}, below ${k}, and is not suppressed`)
    const statistics: Record<string, number | null> = {}
    for (const [name, value] of Object.entries(cell.statistics ?? {}))
      statistics[name] = mayPublishStatistics(cell.concerns, isHidden, k) ? value : null
    return { key: [...cell.key], concerns: isHidden ? null : cell.concerns, suppressed: isHidden, statistics }
  })
}
