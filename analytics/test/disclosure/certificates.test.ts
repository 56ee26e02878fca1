import { describe, expect, it } from 'vitest'
import { TOTAL } from '../../src/disclosure/index.js'
import { protect } from '../../src/disclosure/suppress.js'
import { indexTable } from '../../src/disclosure/table.js'
import { linesFromKeys, randomTable } from './tables.js'

// The proof behind suppress: each primary cell comes with a move among suppressed cells that changes no published
// figure and no line sum. Applying it must give another valid table in which the cell reaches k.
describe('the protecting hypercubes', () => {
  it('are valid moves that lift every primary cell to k, on many random tables', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const cells = randomTable(seed)
      const k = 5
      const table = indexTable(cells)
      const { hidden, cubes } = protect(table, new Uint8Array(cells.length), k)
      const lines = linesFromKeys(cells)
      const linesOfCell = new Map<number, typeof lines>()
      for (const line of lines)
        for (const cell of [...line.members, line.total]) linesOfCell.set(cell, [...(linesOfCell.get(cell) ?? []), line])
      for (const [target, cube] of cubes) {
        const step = Math.min(cube.slack, k)
        const moved = cells.map((cell) => cell.concerns)
        for (const [i, corner] of cube.corners.entries()) {
          expect(hidden[corner]).toBe(1)
          expect(cells[corner]!.concerns).toBeGreaterThan(0)
          moved[corner]! += cube.plus[i] ? step : -step
        }
        expect(moved.every((value) => value >= 0)).toBe(true)
        expect(moved[target]).toBeGreaterThanOrEqual(k)
        // A line without a corner is unchanged, so it still adds up.
        for (const { members, total } of new Set([...cube.corners].flatMap((corner) => linesOfCell.get(corner) ?? []))) {
          const sum = members.reduce((s, i) => s + moved[i]!, 0)
          expect(sum).toBe(total < 0 ? 0 : moved[total])
        }
      }
      expect(cubes.size).toBe(cells.filter((cell) => cell.concerns > 0 && cell.concerns < k).length)
    }
  })

  it('have one corner per combination of two values on each axis with a total', () => {
    const cells = randomTable(3)
    const table = indexTable(cells)
    const { cubes } = protect(table, new Uint8Array(cells.length), 5)
    const width = cells[0]!.key.length
    for (const cube of cubes.values()) {
      expect(cube.corners.length).toBe(2 ** width)
      for (let d = 0; d < width; d++) {
        const values = new Set([...cube.corners].map((corner) => cells[corner]!.key[d]))
        expect(values.size).toBe(2)
      }
      // Only totals may share a sign with their neighbour on an axis; two real values always move apart.
      expect([...cube.corners].some((corner) => cells[corner]!.key.includes(TOTAL)) || cube.plus.filter(Boolean).length === cube.corners.length / 2).toBe(true)
    }
  })
})
