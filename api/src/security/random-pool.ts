import { randomFillSync } from 'node:crypto'

// Bytes from the system's CSPRNG, fetched 4 KB at a time: a call into the kernel per code or nonce was
// one of the largest costs of an intake (see docs/performance.md).
const pool = Buffer.alloc(4096)
let offset = pool.length

/** `length` fresh random bytes (copied, never shared with a later caller). */
export function randomBytesFromPool(length: number): Buffer {
  if (length > pool.length) return randomFillSync(Buffer.alloc(length))
  if (offset + length > pool.length) {
    randomFillSync(pool)
    offset = 0
  }
  const bytes = Buffer.from(pool.subarray(offset, offset + length))
  // Used bytes are wiped, so the pool never holds a nonce or code that was handed out.
  pool.fill(0, offset, offset + length)
  offset += length
  return bytes
}
