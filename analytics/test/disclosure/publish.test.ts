import { describe, expect, it } from 'vitest'
import { publishCells, suppress, type TableCell } from '../../src/disclosure/index.js'

const cells: TableCell[] = [
  { key: ['wmo'], concerns: 3, statistics: { medianDaysToContact: 2 } },
  { key: ['youth'], concerns: 9, statistics: { medianDaysToContact: 4 } },
  { key: ['debt'], concerns: 14, statistics: { medianDaysToContact: 1 } },
  { key: ['income'], concerns: 0, statistics: { medianDaysToContact: null } },
  { key: ['*'], concerns: 26, statistics: { medianDaysToContact: 2 } },
]

describe('publishCells', () => {
  const rows = publishCells(cells, suppress(cells).suppressed)

  it('rule 4: publishes a suppressed count as null with the flag, never as 0', () => {
    expect(rows.map(({ key, concerns, suppressed }) => [key[0], concerns, suppressed])).toEqual([
      ['wmo', null, true],
      ['youth', null, true],
      ['debt', 14, false],
      ['income', 0, false],
      ['*', 26, false],
    ])
  })

  it('rule 2: blanks the statistics of suppressed groups and keeps the others', () => {
    expect(rows.map((row) => row.statistics.medianDaysToContact)).toEqual([null, null, 1, null, 2])
  })

  it('refuses a small count that is not suppressed', () => {
    expect(() => publishCells(cells, cells.map(() => false))).toThrow(/below 5, and is not suppressed/)
  })

  it('blanks statistics of a group below k even when the caller passes them', () => {
    const [published] = publishCells([{ key: ['a'], concerns: 0, statistics: { share: 0.5 } }], [false])
    expect(published?.statistics).toEqual({ share: null })
  })
})
