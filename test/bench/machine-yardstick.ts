import { createHash } from 'node:crypto'
import type { Row } from './table.js'

/**
 * A fixed piece of work on one core, so figures from different days can be compared: this machine's speed
 * wanders (the same code measured 1.8× slower on one day than on the day before). Median of 5.
 */
export function machineYardstickRows(): Row[] {
  const block = Buffer.alloc(1 << 20, 7)
  const times: number[] = []
  for (let round = 0; round < 5; round++) {
    const started = performance.now()
    let sum = 0
    for (let i = 0; i < 50_000_000; i++) sum += i % 7
    const hash = createHash('sha256')
    for (let i = 0; i < 64; i++) hash.update(block)
    hash.digest()
    if (sum < 0) throw new Error('unreachable')
    times.push(performance.now() - started)
  }
  const median = [...times].sort((a, b) => a - b)[2]!
  return [{ measure: 'machine yardstick (fixed work, one core)', value: `${median.toFixed(0)} ms`, note: 'a JS loop and SHA-256 of 64 MB; higher means a slower machine today: compare other rows with this in mind' }]
}
