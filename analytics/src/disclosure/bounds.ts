import type { IndexedTable } from './table.js'

export interface Bounds {
  readonly lower: Float64Array
  readonly upper: Float64Array
}

/**
 * What an attacker can derive about each cell from the published ones: lower and upper bounds found by interval
 * propagation over every line (total = sum of members, all counts ≥ 0). Published cells are pinned to their count.
 * Terminates without a cap: every change tightens an integer bound towards the true value, which stays inside.
 */
export function attackerBounds(table: IndexedTable, suppressed: Uint8Array): Bounds {
  const { cellCount, counts, lineCount, lineStart, lineMembers, lineTotal, lineDimensions, cellLines } = table
  const lower = new Float64Array(cellCount)
  const upper = new Float64Array(cellCount)
  for (let c = 0; c < cellCount; c++) {
    lower[c] = suppressed[c] ? 0 : counts[c]!
    upper[c] = suppressed[c] ? Infinity : counts[c]!
  }

  const queued = new Uint8Array(lineCount)
  const queue: number[] = []
  const enqueue = (cell: number) => {
    for (let j = cell * lineDimensions; j < (cell + 1) * lineDimensions; j++) {
      const line = cellLines[j]!
      if (!queued[line]) {
        queued[line] = 1
        queue.push(line)
      }
    }
  }
  for (let c = 0; c < cellCount; c++) if (suppressed[c]) enqueue(c)

  for (let head = 0; head < queue.length; head++) {
    const line = queue[head]!
    queued[line] = 0
    const from = lineStart[line]!
    const to = lineStart[line + 1]!
    let lowerSum = 0
    let upperSum = 0
    let unbounded = 0
    for (let m = from; m < to; m++) {
      const member = lineMembers[m]!
      lowerSum += lower[member]!
      if (upper[member] === Infinity) unbounded++
      else upperSum += upper[member]!
    }

    const total = lineTotal[line]!
    let totalLower = 0
    let totalUpper = 0
    if (total >= 0) {
      if (suppressed[total]) {
        const tightLower = Math.max(lower[total]!, lowerSum)
        const tightUpper = Math.min(upper[total]!, unbounded > 0 ? Infinity : upperSum)
        if (tightLower !== lower[total] || tightUpper !== upper[total]) {
          lower[total] = tightLower
          upper[total] = tightUpper
          enqueue(total)
        }
      }
      totalLower = lower[total]!
      totalUpper = upper[total]!
    }

    for (let m = from; m < to; m++) {
      const member = lineMembers[m]!
      if (!suppressed[member]) continue
      const own = upper[member]!
      const othersUpper = unbounded - (own === Infinity ? 1 : 0) > 0 ? Infinity : upperSum - (own === Infinity ? 0 : own)
      const othersLower = lowerSum - lower[member]!
      const tightLower = Math.max(lower[member]!, totalLower - othersUpper)
      const tightUpper = Math.min(own, totalUpper - othersLower)
      if (tightLower !== lower[member] || tightUpper !== own) {
        lower[member] = tightLower
        upper[member] = tightUpper
        enqueue(member)
      }
    }
  }
  return { lower, upper }
}
