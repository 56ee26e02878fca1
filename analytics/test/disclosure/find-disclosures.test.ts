import { describe, expect, it } from 'vitest'
import { findDisclosures, suppress, type TableCell } from '../../src/disclosure/index.js'
import { cellOf, grid, row } from './tables.js'

const hide = (cells: TableCell[], ...keys: string[]) => cells.map((cell) => keys.includes(cell.key.join(',')))
const summary = (cells: TableCell[], suppressed: boolean[], k?: number) =>
  findDisclosures(cells, suppressed, k).map(({ key, kind, attack, lower, upper }) => ({ key: key.join(','), kind, attack, lower, upper }))

describe('findDisclosures', () => {
  it('reports a small count published in the clear', () => {
    const cells = row([3, 10, 12])
    expect(summary(cells, hide(cells))).toEqual([{ key: 'v0', kind: 'exact', attack: 'published', lower: 3, upper: 3 }])
  })

  it('recovers the only suppressed cell of a line', () => {
    const cells = row([3, 10, 12])
    expect(summary(cells, hide(cells, 'v0'))).toEqual([{ key: 'v0', kind: 'exact', attack: 'single-cell', lower: 3, upper: 3 }])
  })

  it('recovers a suppressed total from its members', () => {
    const cells = row([10, 12])
    expect(summary(cells, hide(cells, '*'))).toEqual([{ key: '*', kind: 'exact', attack: 'single-cell', lower: 22, upper: 22 }])
  })

  it('reuses a recovered cell in the other lines', () => {
    const cells = grid([
      [3, 10],
      [20, 30],
    ])
    // Row 0 alone hides two cells, but column 0 gives the 3 away, and then row 0 gives the 10.
    expect(summary(cells, hide(cells, 'r0,c0', 'r0,c1'))).toEqual([
      { key: 'r0,c0', kind: 'exact', attack: 'single-cell', lower: 3, upper: 3 },
      { key: 'r0,c1', kind: 'exact', attack: 'single-cell', lower: 10, upper: 10 },
    ])
  })

  it('narrows cells whose suppressed sum in a line is below k', () => {
    const cells = row([1, 2, 20])
    expect(summary(cells, hide(cells, 'v0', 'v1'))).toEqual([
      { key: 'v0', kind: 'narrowed', attack: 'small-sum', lower: 0, upper: 3 },
      { key: 'v1', kind: 'narrowed', attack: 'small-sum', lower: 0, upper: 3 },
    ])
  })

  it('narrows cells through several lines at once where each line on its own is safe', () => {
    const cells = grid([
      [3, 7, 7],
      [2, 11, 5],
      [9, 1, 8],
    ])
    // Every line hides two cells adding up to 5 or more, yet the 3 is at least 2 (its row minus column 1),
    // so the 2 below it is at most 3.
    expect(summary(cells, hide(cells, 'r0,c0', 'r0,c1', 'r1,c0', 'r1,c2', 'r2,c1', 'r2,c2'))).toEqual([
      { key: 'r1,c0', kind: 'narrowed', attack: 'bounds', lower: 0, upper: 3 },
      { key: 'r2,c1', kind: 'narrowed', attack: 'bounds', lower: 0, upper: 3 },
    ])
  })

  it('sees a suppressed zero as a value to recover, and absent cells as known zeros', () => {
    const cells = row([0, 12]).filter((cell) => cell.key[0] !== 'v0')
    expect(summary(cells, hide(cells, 'v1', '*'))).toEqual([])
    const listed = row([0, 12])
    expect(summary(listed, hide(listed, 'v0'))).toEqual([{ key: 'v0', kind: 'exact', attack: 'single-cell', lower: 0, upper: 0 }])
  })

  it('uses k', () => {
    const cells = row([6, 7, 20])
    expect(summary(cells, hide(cells, 'v0', 'v1'), 5)).toEqual([])
    expect(summary(cells, hide(cells, 'v0', 'v1'), 20).map(({ key, upper }) => [key, upper])).toEqual([
      ['v0', 13],
      ['v1', 13],
    ])
  })

  it('finds nothing once suppress has run on these tables', () => {
    for (const cells of [row([3, 10, 12]), row([1, 2, 20]), grid([[3, 10], [20, 30]]), grid([[3, 7, 7], [2, 11, 5], [9, 1, 8]])]) {
      expect(findDisclosures(cells, suppress(cells).suppressed)).toEqual([])
    }
  })

  it('points at the input cell and carries its true count', () => {
    const cells = row([3, 10, 12])
    const [disclosure] = findDisclosures(cells, hide(cells, 'v0'))
    expect(disclosure?.cell).toBe(cellOf(cells, 'v0'))
    expect(disclosure?.concerns).toBe(3)
  })
})
