import { cheapestInLines, linesOf } from './complement.js'
import { isLineProtected } from './rules.js'
import type { IndexedTable } from './table.js'

/**
 * Secondary suppression by rule 3: repairs every unprotected line by hiding its cheapest published cell, and
 * rechecks the lines that cell belongs to, until every line is protected. Returns how many cells it added.
 * Terminates: each repair hides one more cell, and a line with all its non-zero cells hidden is protected
 * (two or more hidden, or the hidden total itself, since a lone non-zero member of k or more makes the total so).
 */
export function enforceLineRule(table: IndexedTable, suppressed: Uint8Array, k: number, start?: Iterable<number>): number {
  const queued = new Uint8Array(table.lineCount)
  const queue: number[] = []
  const enqueue = (line: number) => {
    if (queued[line]) return
    queued[line] = 1
    queue.push(line)
  }
  if (start) for (const line of start) enqueue(line)
  else for (let line = 0; line < table.lineCount; line++) enqueue(line)

  let added = 0
  for (let head = 0; head < queue.length; head++) {
    const line = queue[head]!
    queued[line] = 0
    if (isProtected(table, suppressed, line, k)) continue
    const cell = cheapestInLines(table, suppressed, [line])
    if (cell < 0) throw new Error('disclosure: a line cannot be protected (the table is inconsistent)')
    suppressed[cell] = 1
    added++
    for (const touched of linesOf(table, cell)) enqueue(touched)
  }
  return added
}

function isProtected(table: IndexedTable, suppressed: Uint8Array, line: number, k: number): boolean {
  let cells = 0
  let sum = 0
  for (let m = table.lineStart[line]!; m < table.lineStart[line + 1]!; m++) {
    const member = table.lineMembers[m]!
    if (!suppressed[member]) continue
    cells++
    sum += table.counts[member]!
  }
  const total = table.lineTotal[line]!
  const totalSuppressed = total >= 0 && suppressed[total] === 1
  return isLineProtected(cells + (totalSuppressed ? 1 : 0), totalSuppressed, sum, k)
}
