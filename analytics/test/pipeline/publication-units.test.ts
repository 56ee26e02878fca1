import { describe, expect, it } from 'vitest'
import type { Cell } from '../../src/pipeline/aggregate.js'
import { protectPublication } from '../../src/pipeline/publication-units.js'
import { TABLES } from '../../src/pipeline/tables.js'

const ALL = '*'
const concerns = TABLES.find((t) => t.name === 'concerns')!
const overTime = TABLES.find((t) => t.name === 'over_time')!

/** `concerns` (year × municipality × domain with margins per year) and `over_time` per quarter, from counts per quarter. */
function tables(counts: Record<string, Record<string, Record<string, number>>>): Map<string, Cell[]> {
  const concernCells: Cell[] = []
  const periodCells: Cell[] = []
  const add = (list: Cell[], key: string[], n: number) => list.push({ key, concerns: n, statistics: {} })
  const years = new Map<string, Record<string, Record<string, number>>>()
  for (const [quarter, byMunicipality] of Object.entries(counts)) {
    const year = quarter.slice(0, 4)
    const into = years.get(year) ?? {}
    for (const [m, byDomain] of Object.entries(byMunicipality)) for (const [d, n] of Object.entries(byDomain)) ((into[m] ??= {})[d] = (into[m]?.[d] ?? 0) + n)
    years.set(year, into)
    const municipalities = Object.keys(byMunicipality)
    const domains = [...new Set(municipalities.flatMap((m) => Object.keys(byMunicipality[m]!)))]
    const n = (m: string, d: string) => municipalities.filter((x) => m === ALL || x === m).reduce((s, x) => s + domains.filter((y) => d === ALL || y === d).reduce((t, y) => t + (byMunicipality[x]![y] ?? 0), 0), 0)
    for (const m of [...municipalities, ALL]) for (const d of [...domains, ALL]) add(periodCells, [quarter, m, d], n(m, d))
  }
  let total = 0
  for (const [year, byMunicipality] of years) {
    const municipalities = Object.keys(byMunicipality)
    const domains = [...new Set(municipalities.flatMap((m) => Object.keys(byMunicipality[m]!)))]
    const n = (m: string, d: string) => municipalities.filter((x) => m === ALL || x === m).reduce((s, x) => s + domains.filter((y) => d === ALL || y === d).reduce((t, y) => t + (byMunicipality[x]![y] ?? 0), 0), 0)
    for (const m of [...municipalities, ALL]) for (const d of [...domains, ALL]) add(concernCells, [year, m, d], n(m, d))
    total += n(ALL, ALL)
  }
  add(concernCells, [ALL, ALL, ALL], total)
  return new Map([
    ['concerns', concernCells],
    ['over_time', periodCells],
  ])
}

describe('protecting a publication', () => {
  it('protects periods and their year as one table: a quarter can hide, a year total never', () => {
    const cells = tables({
      '2025-K1': { Gennep: { wmo: 12, youth: 2 }, Venray: { wmo: 30, youth: 25 } },
      '2025-K2': { Gennep: { wmo: 14, youth: 9 }, Venray: { wmo: 28, youth: 22 } },
      '2026-K1': { Gennep: { wmo: 20, youth: 11 }, Venray: { wmo: 35, youth: 30 } },
    })
    const { suppressed, unprotected } = protectPublication([concerns, overTime], cells, 'quarter', 5)
    expect(unprotected).toEqual([])
    const hidden = (name: string, key: string[]) => suppressed.get(name)![cells.get(name)!.findIndex((c) => c.key.join() === key.join())]
    expect(hidden('over_time', ['2025-K1', 'Gennep', 'youth'])).toBe(true)
    // Every year total and every municipality's and domain's total within the year stays.
    for (const [i, cell] of cells.get('concerns')!.entries()) if (cell.key.slice(1).includes(ALL)) expect(suppressed.get('concerns')![i], cell.key.join()).toBe(false)
    // The small quarter has a complement in its own quarter and one in the other quarter or the year.
    expect(suppressed.get('over_time')!.filter(Boolean).length).toBeGreaterThanOrEqual(4)
  })

  it('withholds the all-time total when one year’s total is below k, so that it cannot be subtracted', () => {
    const cells = tables({ '2025-K4': { Gennep: { wmo: 3 } }, '2026-K1': { Gennep: { wmo: 40 } } })
    const { suppressed } = protectPublication([concerns], cells, 'year', 5)
    const allTime = cells.get('concerns')!.findIndex((c) => c.key[0] === ALL)
    expect(suppressed.get('concerns')![allTime]).toBe(true)
    expect(cells.get('concerns')!.filter((c, i) => c.key[0] === '2026' && suppressed.get('concerns')![i])).toEqual([])
  })
})
