import { linesOf, type IndexedTable } from './table.js'

export interface LineFinding {
  readonly cell: number
  readonly kind: 'exact' | 'narrowed'
  readonly attack: 'single-cell' | 'small-sum'
  readonly lower: number
  readonly upper: number
}

/**
 * The attack a reader can do by hand: a line with one unknown cell gives it away (total minus the rest, or the
 * sum of the members), and every value found is reused in the other lines; then any line whose unknown members
 * add up to less than k (total minus the published members) narrows each of them below k. Uses published counts only.
 */
export function attackLines(table: IndexedTable, suppressed: Uint8Array, k: number): LineFinding[] {
  const { cellCount, counts, lineCount, lineStart, lineMembers, lineTotal } = table
  const known = new Uint8Array(cellCount)
  const value = new Float64Array(cellCount)
  for (let c = 0; c < cellCount; c++)
    if (!suppressed[c]) {
      known[c] = 1
      value[c] = counts[c]!
    }

  const findings = new Map<number, LineFinding>()
  const queued = new Uint8Array(lineCount)
  const queue: number[] = []
  const enqueue = (line: number) => {
    if (queued[line]) return
    queued[line] = 1
    queue.push(line)
  }
  const recover = (cell: number, recovered: number, attack: LineFinding['attack']) => {
    known[cell] = 1
    value[cell] = recovered
    findings.set(cell, { cell, kind: 'exact', attack, lower: recovered, upper: recovered })
    for (const line of linesOf(table, cell)) enqueue(line)
  }
  for (let line = 0; line < lineCount; line++) enqueue(line)

  for (let head = 0; head < queue.length; head++) {
    const line = queue[head]!
    queued[line] = 0
    const { unknown, knownSum } = unknownMembers(table, known, value, line)
    const total = lineTotal[line]!
    const totalKnown = total < 0 || known[total] === 1
    const totalValue = total < 0 ? 0 : value[total]!
    if (!totalKnown && unknown.length === 0) recover(total, knownSum, 'single-cell')
    else if (totalKnown && unknown.length === 1) recover(unknown[0]!, totalValue - knownSum, 'single-cell')
    else if (totalKnown && unknown.length > 1 && totalValue === knownSum) for (const cell of unknown) recover(cell, 0, 'small-sum')
  }

  for (let line = 0; line < lineCount; line++) {
    const total = lineTotal[line]!
    if (total >= 0 && !known[total]) continue
    const { unknown, knownSum } = unknownMembers(table, known, value, line)
    const rest = (total < 0 ? 0 : value[total]!) - knownSum
    if (unknown.length < 2 || rest >= k) continue
    for (const cell of unknown) {
      const previous = findings.get(cell)
      if (!previous || previous.upper > rest) findings.set(cell, { cell, kind: 'narrowed', attack: 'small-sum', lower: 0, upper: rest })
    }
  }
  return [...findings.values()]
}

function unknownMembers(table: IndexedTable, known: Uint8Array, value: Float64Array, line: number) {
  const unknown: number[] = []
  let knownSum = 0
  for (let m = table.lineStart[line]!; m < table.lineStart[line + 1]!; m++) {
    const member = table.lineMembers[m]!
    if (known[member]) knownSum += value[member]!
    else unknown.push(member)
  }
  return { unknown, knownSum }
}
