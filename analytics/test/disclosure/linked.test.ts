import { describe, expect, it } from 'vitest'
import { buildLinkedSystem, signatureOf, variableBounds, type LinkedUnit } from '../../src/disclosure/linked-system.js'
import { protectUnit, type ProtectionUnit, type UnitTable } from '../../src/disclosure/protect-linked.js'
import { categoryMerges } from '../../src/disclosure/merges.js'
import { TOTAL } from '../../src/disclosure/rules.js'
import type { TableCell } from '../../src/disclosure/types.js'

/** A small deterministic generator, so a failure can be reproduced. */
function random(seed: number) {
  let state = seed
  const next = () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31)
  return { next, int: (n: number) => Math.floor(next() * n) }
}

/** The cube of a two-way table with every margin, from its interior counts. */
function cube(rows: readonly string[], columns: readonly string[], count: (r: number, c: number) => number): TableCell[] {
  const cells: TableCell[] = []
  const values = rows.map((_, r) => columns.map((_, c) => count(r, c)))
  rows.forEach((row, r) => columns.forEach((column, c) => cells.push({ key: [row, column], concerns: values[r]![c]! })))
  rows.forEach((row, r) => cells.push({ key: [row, TOTAL], concerns: values[r]!.reduce((a, b) => a + b, 0) }))
  columns.forEach((column, c) => cells.push({ key: [TOTAL, column], concerns: values.reduce((a, v) => a + v[c]!, 0) }))
  cells.push({ key: [TOTAL, TOTAL], concerns: values.flat().reduce((a, b) => a + b, 0) })
  return cells
}

const kept = (cells: readonly TableCell[]) => cells.map((cell) => cell.key.includes(TOTAL))

/** Every withheld cell the attacker's linear program pins or bounds below k, over all tables of the unit together. */
function attack(unit: ProtectionUnit, suppressed: readonly (readonly boolean[])[], k: number, known?: ReadonlyMap<string, number>): string[] {
  const linked: LinkedUnit = {
    id: unit.id,
    tables: unit.tables.map((t, i) => ({ name: t.name, dimensions: t.dimensions, sliceDimensions: t.sliceDimensions, cells: t.cells.map((cell, c) => ({ key: cell.key, value: suppressed[i]![c] ? null : cell.concerns })) })),
  }
  const found: string[] = []
  for (const [name, { lower, upper }] of variableBounds(buildLinkedSystem([linked], { known }))) if (lower === upper || upper < k) found.push(`${name} [${lower}, ${upper}]`)
  return found
}

describe('the attacker’s linear program', () => {
  it('gives the same bounds as trying every whole-number table that fits what is published', () => {
    const r = random(3)
    for (let round = 0; round < 12; round++) {
      const cells = cube(['a', 'b', 'c'], ['x', 'y', 'z'], () => r.int(7))
      const interior = cells.map((cell, i) => (cell.key.includes(TOTAL) ? -1 : i)).filter((i) => i >= 0)
      const hidden = new Set(interior.filter(() => r.next() < 0.5).slice(0, 4))
      if (r.next() < 0.3) hidden.add(cells.findIndex((cell) => cell.key[0] === 'a' && cell.key[1] === TOTAL))
      const unit: LinkedUnit = { id: 'u', tables: [{ name: 't', dimensions: ['r', 'c'], cells: cells.map((cell, i) => ({ key: cell.key, value: hidden.has(i) ? null : cell.concerns })) }] }
      const bounds = variableBounds(buildLinkedSystem([unit]))
      // Brute force: every whole-number value of the withheld inner cells (a withheld margin is their sum) that
      // keeps every published margin.
      const variables = [...hidden]
      const inner = variables.filter((v) => !cells[v]!.key.includes(TOTAL))
      const ranges = new Map<number, { lower: number; upper: number }>()
      const value = new Map<number, number>()
      const at = (j: number): number => {
        const cell = cells[j]!
        if (!hidden.has(j)) return cell.concerns
        if (!cell.key.includes(TOTAL)) return value.get(j)!
        return cells.reduce((sum, other, m) => (!other.key.includes(TOTAL) && cell.key.every((v, d) => v === TOTAL || v === other.key[d]) ? sum + at(m) : sum), 0)
      }
      const consistent = () => cells.every((cell, i) => !cell.key.includes(TOTAL) || hidden.has(i) || at(i) === cells.reduce((sum, other, m) => (!other.key.includes(TOTAL) && cell.key.every((v, d) => v === TOTAL || v === other.key[d]) ? sum + at(m) : sum), 0))
      const search = (n: number) => {
        if (n === inner.length) {
          if (!consistent()) return
          for (const v of variables) {
            const range = ranges.get(v) ?? { lower: Infinity, upper: -Infinity }
            ranges.set(v, { lower: Math.min(range.lower, at(v)), upper: Math.max(range.upper, at(v)) })
          }
          return
        }
        for (let x = 0; x <= 18; x++) {
          value.set(inner[n]!, x)
          search(n + 1)
        }
      }
      search(0)
      for (const v of variables) {
        const name = signatureOf(unit, unit.tables[0]!, cells[v]!.key)
        expect(bounds.get(name), `${name} in round ${round}`).toEqual(ranges.get(v))
      }
    }
  })

  it('links tables by the population a cell counts, and bounds overlapping values by the cell without them', () => {
    const unit: LinkedUnit = {
      id: 'u',
      tables: [
        { name: 'domains', dimensions: ['m', 'd'], cells: [{ key: ['a', TOTAL], value: null }, { key: ['b', TOTAL], value: 20 }, { key: [TOTAL, TOTAL], value: 23 }] },
        { name: 'kinds', dimensions: ['m', 'k'], sliceDimensions: ['k'], cells: [{ key: ['a', 'i'], value: null }, { key: ['b', 'i'], value: null }, { key: [TOTAL, 'i'], value: 6 }] },
      ],
    }
    // The withheld municipality total is pinned by the other: 23 − 20; its kind count can be at most that.
    expect(Object.fromEntries(variableBounds(buildLinkedSystem([unit])))).toEqual({
      'u|m=a': { lower: 3, upper: 3 },
      'u|k=i|m=a': { lower: 0, upper: 3 },
      'u|k=i|m=b': { lower: 3, upper: 6 },
    })
  })
})

describe('protecting linked tables together', () => {
  /** Two tables of one population (by domain and by channel) sharing their municipality totals, and kinds beside them. */
  function randomUnit(seed: number): ProtectionUnit {
    const r = random(seed)
    const municipalities = ['a', 'b', 'c', 'd'].slice(0, 2 + r.int(3))
    const domains = ['wmo', 'youth', 'debt', 'other']
    const channels = ['site', 'team', 'phone']
    // Concerns as (municipality, domain, channel, kinds), with one small municipality.
    const concerns = municipalities.flatMap((m, i) =>
      Array.from({ length: i === 0 ? 5 + r.int(8) : 15 + r.int(60) }, () => ({ m, d: domains[r.int(r.next() < 0.7 ? 2 : 4)]!, c: channels[r.int(3)]!, kinds: ['x', 'y', 'z'].filter(() => r.next() < 0.5) })),
    )
    // As the pipeline does first: a category whose year total is 1 … k − 1 is merged (here into the first one).
    for (const [field, codes] of [
      ['d', domains],
      ['c', channels],
    ] as const) {
      for (const code of codes) {
        const members = concerns.filter((c) => c[field] === code)
        if (members.length > 0 && members.length < 5) for (const c of members) c[field] = codes[0]! as never
      }
    }
    const count = (match: (c: (typeof concerns)[number]) => boolean) => concerns.filter(match).length
    const byDomain = cube(municipalities, domains, (i, j) => count((c) => c.m === municipalities[i] && c.d === domains[j]))
    const byChannel = cube(municipalities, channels, (i, j) => count((c) => c.m === municipalities[i] && c.c === channels[j]))
    const kinds: TableCell[] = ['x', 'y', 'z'].flatMap((kind) => [
      ...municipalities.map((m) => ({ key: [m, kind], concerns: count((c) => c.m === m && c.kinds.includes(kind)) })),
      { key: [TOTAL, kind], concerns: count((c) => c.kinds.includes(kind)) },
    ])
    const table = (name: string, dimensions: string[], cells: TableCell[], slices: string[] = []): UnitTable => ({ name, dimensions, sliceDimensions: slices, cells, keep: slices.length ? cells.map((cell) => cell.key[0] === TOTAL) : kept(cells) })
    return { id: `unit ${seed}`, tables: [table('domains', ['municipality', 'domain'], byDomain), table('channels', ['municipality', 'channel'], byChannel), table('kinds', ['municipality', 'kind'], kinds, ['kind'])] }
  }

  it('withholds every small count, keeps every margin of k or more, and leaves nothing a joint attack can pin', () => {
    let withheld = 0
    for (let seed = 1; seed <= 30; seed++) {
      const unit = randomUnit(seed)
      const { suppressed, unprotected } = protectUnit(unit, 5)
      expect(unprotected, `seed ${seed}`).toEqual([])
      unit.tables.forEach((table, i) =>
        table.cells.forEach((cell, c) => {
          if (cell.concerns > 0 && cell.concerns < 5) expect(suppressed[i]![c], `seed ${seed} ${table.name} ${cell.key}`).toBe(true)
          if (table.keep[c] && cell.concerns >= 5) expect(suppressed[i]![c], `seed ${seed} ${table.name} ${cell.key} is a kept margin`).toBe(false)
        }),
      )
      // The municipality totals are shared: one status in both tables.
      const status = (i: number, key: string) => suppressed[i]![unit.tables[i]!.cells.findIndex((cell) => cell.key.join() === key)]
      for (const cell of unit.tables[0]!.cells.filter((cell) => cell.key[1] === TOTAL)) expect(status(0, cell.key.join()), `seed ${seed} ${cell.key}`).toBe(status(1, cell.key.join()))
      expect(attack(unit, suppressed, 5), `seed ${seed}`).toEqual([])
      withheld += suppressed.flat().filter(Boolean).length
    }
    expect(withheld).toBeGreaterThan(60)
  })

  it('keeps what it withheld when one concern is added, so that comparing two publications pins nothing', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const before = randomUnit(seed)
      const lastNight = protectUnit(before, 5)
      // One late concern: municipality a, domain wmo, channel site, kind x.
      const late = (key: readonly string[], table: string) =>
        (key[0] === 'a' || key[0] === TOTAL) && (table === 'domains' ? key[1] === 'wmo' || key[1] === TOTAL : table === 'channels' ? key[1] === 'site' || key[1] === TOTAL : key[1] === 'x')
      const tonightUnit: ProtectionUnit = {
        ...before,
        tables: before.tables.map((table, i) => ({
          ...table,
          cells: table.cells.map((cell) => ({ key: cell.key, concerns: cell.concerns + (late(cell.key, table.name) ? 1 : 0) })),
          previouslyPublished: lastNight.suppressed[i]!.map((flag) => !flag),
        })),
      }
      // Absent cells of last night become 1 tonight: in this generator every combination is listed, so the keys match.
      const tonight = protectUnit(tonightUnit, 5)
      expect(attack(tonightUnit, tonight.suppressed, 5), `seed ${seed} tonight`).toEqual([])
      // A reader of both knows every cell either showed, at tonight's value (last night's plus the late concern).
      const known = new Map<string, number>()
      tonightUnit.tables.forEach((table, i) =>
        table.cells.forEach((cell, c) => {
          if (!lastNight.suppressed[i]![c]) known.set(signatureOf({ id: tonightUnit.id }, table, cell.key), cell.concerns)
        }),
      )
      expect(attack(tonightUnit, tonight.suppressed, 5, known), `seed ${seed} across publications`).toEqual([])
    }
  })
})

describe('merging categories that only a kept margin could protect', () => {
  const line = (counts: Record<string, number>): TableCell[] => {
    const total = Object.values(counts).reduce((a, b) => a + b, 0)
    return [...Object.entries(counts).map(([code, n]) => ({ key: [code, TOTAL], concerns: n })), { key: [TOTAL, TOTAL], concerns: total }]
  }
  it('merges a lone small total into the target, and leaves two small ones that add up to k', () => {
    expect([...categoryMerges(line({ wmo: 40, youth: 30, other: 9, shelter: 3 }), ['domain', 'm'], 'domain', 'other', 5)]).toEqual([['shelter', 'other']])
    expect([...categoryMerges(line({ wmo: 40, youth: 30, shelter: 3, debt: 2 }), ['domain', 'm'], 'domain', 'other', 5)]).toEqual([])
    // Together below k, the two small ones are still given away by the one large category: it joins them.
    expect([...categoryMerges(line({ wmo: 40, shelter: 3, debt: 1 }), ['domain', 'm'], 'domain', 'other', 5)]).toEqual([
      ['debt', 'other'],
      ['shelter', 'other'],
      ['wmo', 'other'],
    ])
  })
  it('lets the next smallest category join when the target itself is the small one', () => {
    expect([...categoryMerges(line({ wmo: 40, youth: 9, other: 2 }), ['domain', 'm'], 'domain', 'other', 5)]).toEqual([['youth', 'other']])
  })
  it('merges nothing under a total that is itself below k', () => {
    expect([...categoryMerges(line({ wmo: 1, youth: 2 }), ['domain', 'm'], 'domain', 'other', 5)]).toEqual([])
  })
})
