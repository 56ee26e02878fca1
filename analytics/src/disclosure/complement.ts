import { forEachCellOfLine, type IndexedTable } from './table.js'

/**
 * The cheapest published, non-zero cell of the given lines, or −1. Zeros are known to the reader, so hiding one
 * protects nothing. Cheapest means, in this order: fewest lines through it with nothing suppressed yet (each would
 * need a repair of its own; this cut secondary suppressions by a fifth on random small tables), fewest TOTALs
 * (a margin hides more), smallest count (less information lost), then cube order, so ties break the same always.
 */
export function cheapestInLines(table: IndexedTable, suppressed: Uint8Array, lines: Iterable<number>): number {
  let best = -1
  let bestOpen = 0
  for (const line of lines)
    forEachCellOfLine(table, line, (cell) => {
      if (suppressed[cell] || table.counts[cell] === 0) return
      const open = openLines(table, suppressed, cell)
      if (best < 0 || open < bestOpen || (open === bestOpen && isCheaper(table, cell, best))) {
        best = cell
        bestOpen = open
      }
    })
  return best
}

function isCheaper(table: IndexedTable, a: number, b: number): boolean {
  const { stars, counts, order } = table
  if (stars[a] !== stars[b]) return stars[a]! < stars[b]!
  if (counts[a] !== counts[b]) return counts[a]! < counts[b]!
  return order[a]! < order[b]!
}

function openLines(table: IndexedTable, suppressed: Uint8Array, cell: number): number {
  const { lineDimensions, cellLines, lineStart, lineMembers, lineTotal } = table
  let open = 0
  for (let j = cell * lineDimensions; j < (cell + 1) * lineDimensions; j++) {
    const line = cellLines[j]!
    const total = lineTotal[line]!
    let hidden = total >= 0 && suppressed[total] === 1
    for (let m = lineStart[line]!; !hidden && m < lineStart[line + 1]!; m++) hidden = suppressed[lineMembers[m]!] === 1
    if (!hidden) open++
  }
  return open
}

/** Lines that contain the cell, one per dimension with a total. */
export function linesOf(table: IndexedTable, cell: number): number[] {
  const { lineDimensions, cellLines } = table
  return Array.from(cellLines.subarray(cell * lineDimensions, (cell + 1) * lineDimensions))
}

/**
 * A complementary suppression for a disclosed cell: the cheapest candidate in its own lines, else in the lines one
 * step further out, and so on. A disclosure needs a published positive cell connected to it, so one is found.
 */
export function complementFor(table: IndexedTable, suppressed: Uint8Array, cell: number): number {
  const visited = new Uint8Array(table.lineCount)
  let frontier = linesOf(table, cell)
  for (const line of frontier) visited[line] = 1
  while (frontier.length > 0) {
    const best = cheapestInLines(table, suppressed, frontier)
    if (best >= 0) return best
    const next: number[] = []
    for (const line of frontier)
      forEachCellOfLine(table, line, (member) => {
        for (const outer of linesOf(table, member))
          if (!visited[outer]) {
            visited[outer] = 1
            next.push(outer)
          }
      })
    frontier = next
  }
  throw new Error('disclosure: no cell left to suppress next to a disclosed cell (the table is inconsistent)')
}
