import { timingSafeEqual } from 'node:crypto'

/** Compares a presented token with the expected one in constant time, so the answer's timing gives away no prefix. */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}
