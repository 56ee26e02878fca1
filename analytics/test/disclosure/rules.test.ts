import { describe, expect, it } from 'vitest'
import { DEFAULT_MIN_CELL, TOTAL, isDisclosed, isLineProtected, isPrimarySensitive, mayPublishStatistics } from '../../src/disclosure/index.js'

describe('the disclosure rules', () => {
  it('mark a total with *, and publish from 5 concerns by default', () => {
    expect(TOTAL).toBe('*')
    expect(DEFAULT_MIN_CELL).toBe(5)
  })

  it('rule 1: counts from 1 to k − 1 are sensitive, 0 and k are not', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((count) => isPrimarySensitive(count, 5))).toEqual([false, true, true, true, true, false, false])
    expect([0, 1, 2, 3].map((count) => isPrimarySensitive(count, 3))).toEqual([false, true, true, false])
  })

  it('rule 2: statistics only for published groups of at least k', () => {
    expect(mayPublishStatistics(12, false, 5)).toBe(true)
    expect(mayPublishStatistics(12, true, 5)).toBe(false)
    expect(mayPublishStatistics(4, false, 5)).toBe(false)
    expect(mayPublishStatistics(0, false, 5)).toBe(false)
  })

  it('rule 3: a line hides nothing, or two cells or more whose sum is at least k unless its total is hidden too', () => {
    expect(isLineProtected(0, false, 0, 5)).toBe(true)
    expect(isLineProtected(1, false, 12, 5)).toBe(false)
    expect(isLineProtected(2, false, 4, 5)).toBe(false)
    expect(isLineProtected(2, false, 5, 5)).toBe(true)
    expect(isLineProtected(2, true, 3, 5)).toBe(true)
  })

  it('count a suppressed cell as disclosed when pinned or bounded below k', () => {
    expect(isDisclosed(3, 3, 5)).toBe(true)
    expect(isDisclosed(12, 12, 5)).toBe(true)
    expect(isDisclosed(0, 4, 5)).toBe(true)
    expect(isDisclosed(0, 5, 5)).toBe(false)
    expect(isDisclosed(2, Infinity, 5)).toBe(false)
  })
})
