import { describe, expect, it } from 'vitest'
import { findDisclosures, isLineProtected, isPrimarySensitive, suppress, type TableCell } from '../../src/disclosure/index.js'
import { cube, grid, linesFromKeys, randomTable, row, suppressedKeys } from './tables.js'

const keysAfter = (cells: TableCell[], k?: number) => suppressedKeys(cells, suppress(cells, k).suppressed)

describe('suppress', () => {
  it('rule 1: suppresses every count from 1 to k − 1 and never a zero', () => {
    for (const k of [3, 5, 10]) {
      const cells = randomTable(k)
      const { suppressed, primary } = suppress(cells, k)
      for (const [i, cell] of cells.entries()) {
        if (isPrimarySensitive(cell.concerns, k)) expect(suppressed[i]).toBe(true)
        if (cell.concerns === 0) expect(suppressed[i]).toBe(false)
      }
      expect(primary).toBe(cells.filter((cell) => isPrimarySensitive(cell.concerns, k)).length)
    }
  })

  it('rule 3: leaves every line, in every dimension and among margins, protected', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const cells = randomTable(seed)
      const { suppressed } = suppress(cells)
      for (const { members, total } of linesFromKeys(cells)) {
        const hidden = members.filter((i) => suppressed[i])
        const totalHidden = total >= 0 && suppressed[total] === true
        const sum = hidden.reduce((s, i) => s + cells[i]!.concerns, 0)
        expect(isLineProtected(hidden.length + (totalHidden ? 1 : 0), totalHidden, sum, 5)).toBe(true)
      }
    }
  })

  describe('on a one-dimensional table', () => {
    it('hides the smallest other value with a primary', () => {
      expect(keysAfter(row([3, 10, 12]))).toEqual(['v0', 'v1'])
    })

    it('hides two small values and one that lifts their sum to k', () => {
      expect(keysAfter(row([1, 2, 20]))).toEqual(['v0', 'v1', 'v2'])
    })

    it('hides the total when every other value is zero', () => {
      expect(keysAfter(row([3, 0, 0]))).toEqual(['v0', '*'])
    })

    it('publishes everything when nothing is small', () => {
      expect(keysAfter(row([10, 12, 0]))).toEqual([])
    })
  })

  describe('on a two-dimensional table', () => {
    it('protects two primaries with one rectangle', () => {
      const cells = grid([
        [3, 10, 12],
        [8, 9, 20],
        [15, 1, 30],
      ])
      expect(keysAfter(cells).sort()).toEqual(['r0,c0', 'r0,c1', 'r2,c0', 'r2,c1'])
    })

    it('goes beyond the line rule where the lines together narrow a cell', () => {
      const cells = grid([
        [3, 7, 7],
        [2, 11, 5],
        [9, 1, 8],
      ])
      const { suppressed } = suppress(cells)
      expect(findDisclosures(cells, suppressed)).toEqual([])
      expect(suppressed.filter(Boolean).length).toBe(6)
    })
  })

  describe('on a three-dimensional table', () => {
    const dimensions = [
      ['a', 'b'],
      ['x', 'y'],
      ['p', 'q'],
    ]

    it('hides the inner 2 × 2 × 2 block around a single primary, and no margin', () => {
      const cells = cube(dimensions, (key) => (key.join('') === 'axp' ? 2 : 10))
      expect(keysAfter(cells).sort()).toEqual(['a,x,p', 'a,x,q', 'a,y,p', 'a,y,q', 'b,x,p', 'b,x,q', 'b,y,p', 'b,y,q'])
    })

    it('uses the margin layer when an inner corner is a known zero', () => {
      const cells = cube(dimensions, (key) => ({ axp: 2, byq: 0 })[key.join('')] ?? 10)
      expect(keysAfter(cells).sort()).toEqual(['a,x,*', 'a,x,p', 'a,y,*', 'a,y,p', 'b,x,*', 'b,x,p', 'b,y,*', 'b,y,p'])
    })
  })

  it('decides the same whether zero cells are listed or left out', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const all = randomTable(seed)
      const present = all.filter((cell) => cell.concerns > 0)
      expect(suppressedKeys(present, suppress(present).suppressed)).toEqual(suppressedKeys(all, suppress(all).suppressed))
    }
  })

  it('decides the same for any order of the cells', () => {
    const cells = randomTable(7)
    const reversed = [...cells].reverse()
    expect(suppressedKeys(reversed, suppress(reversed).suppressed).sort()).toEqual(suppressedKeys(cells, suppress(cells).suppressed).sort())
  })

  it('protects forced cells too, and never hides a zero', () => {
    const cells = grid([
      [20, 30],
      [40, 0],
    ])
    const force = cells.map((cell) => cell.key.join(',') === 'r0,c0' || cell.concerns === 0)
    const { suppressed, primary, secondary } = suppress(cells, 5, { force })
    expect(primary).toBe(0)
    expect(suppressed[cells.findIndex((cell) => cell.key.join(',') === 'r1,c1')]).toBe(false)
    expect(secondary).toBeGreaterThan(1)
    expect(findDisclosures(cells, suppressed)).toEqual([])
  })

  it('treats a dimension without a total as separate slices', () => {
    // Several kinds may apply to one concern, so kinds get no total: each kind is its own two-way table.
    const cells = cube([['k1', 'k2'], ['a', 'b', 'c']], ([kind, domain]) => (kind === 'k1' ? { a: 3, b: 10, c: 12 } : { a: 20, b: 30, c: 40 })[domain as 'a'])
      .filter((cell) => cell.key[0] !== '*')
    expect(keysAfter(cells)).toEqual(['k1,a', 'k1,b'])
  })

  it('refuses tables it cannot reason about', () => {
    expect(() => suppress([{ key: ['a'], concerns: 3 }, { key: ['*'], concerns: 4 }])).toThrow(/adds up to 3, its total is 4/)
    expect(() => suppress([{ key: ['a'], concerns: 3 }, { key: ['a'], concerns: 3 }])).toThrow(/twice/)
    expect(() => suppress([{ key: ['a'], concerns: 2.5 }])).toThrow(/non-negative integer/)
    expect(() => suppress([{ key: ['a'], concerns: 3 }, { key: ['a', 'b'], concerns: 3 }])).toThrow(/key values/)
    expect(() => suppress([{ key: ['a'], concerns: 3 }], 0)).toThrow(RangeError)
    expect(suppress([])).toEqual({ suppressed: [], primary: 0, secondary: 0, unprotected: [] })
  })
})
