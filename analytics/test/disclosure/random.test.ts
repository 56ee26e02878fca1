import { describe, expect, it } from 'vitest'
import { findDisclosures, isPrimarySensitive, publishCells, suppress } from '../../src/disclosure/index.js'
import { randomTable } from './tables.js'

describe('suppress on seeded random small tables', () => {
  it.each([3, 5, 10])('leaves nothing to recover with k = %i', (k) => {
    for (let seed = 1; seed <= 150; seed++) {
      const cells = randomTable(seed * 31 + k)
      const { suppressed } = suppress(cells, k)
      expect(findDisclosures(cells, suppressed, k), `seed ${seed * 31 + k}`).toEqual([])

      const rows = publishCells(cells, suppressed, k)
      for (const [i, published] of rows.entries()) {
        if (published.concerns !== null) expect(isPrimarySensitive(published.concerns, k)).toBe(false)
        expect(published.suppressed).toBe(suppressed[i])
        if (suppressed[i]) expect(published.concerns).toBeNull()
        else expect(published.concerns).toBe(cells[i]!.concerns)
      }
    }
  })
})
