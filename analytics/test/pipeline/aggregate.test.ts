import { CHANNELS, DOMAINS, KINDS, OUTCOMES, SUPPORT_GIVEN, WISHES } from '@klankbord/contract/vocabulary'
import { describe, expect, it } from 'vitest'
import { ALL, aggregate } from '../../src/pipeline/aggregate.js'
import { sqlLiteral } from '@klankbord/contract/sql-literal'
import { openDuckDb, queryRows } from '../../src/pipeline/duckdb.js'
import { applyPeriods } from '../../src/pipeline/periods.js'
import { openStaging } from '../../src/pipeline/stage.js'
import { TABLES } from '../../src/pipeline/tables.js'

/** A small deterministic generator, so a failure can be reproduced. */
function random(seed: number) {
  let state = seed
  const next = () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!
  const some = <T>(xs: readonly T[]) => xs.filter(() => next() < 0.35)
  return { next, pick, some }
}

// Several codes are staged as the contract's bit mask over its vocabulary.
const mask = (chosen: readonly string[], vocabulary: readonly string[]) => vocabulary.reduce((bits, code, i) => (chosen.includes(code) ? bits | (1 << i) : bits), 0)

describe('aggregate', () => {
  it('gives every cell of every table, margins included, the count of its rows', async () => {
    const db = await openDuckDb(':memory:')
    const r = random(7)
    try {
      await openStaging(db.connection, { keptFile: undefined, fresh: true })
      const rows = Array.from({ length: 400 }, (_, id) => {
        const closed = r.next() < 0.6
        const month = `${r.pick(['2024', '2025'])}-${r.pick(['01', '04', '07', '12'])}-01`
        return `(${id}, ${sqlLiteral(r.pick(['Gennep', 'Bergen (L)']))}, ${r.next() < 0.1 ? 'null' : sqlLiteral(r.pick(['municipality', 'care-provider', 'confidant']))},
          ${sqlLiteral(r.pick(CHANNELS))}, ${sqlLiteral(r.pick(DOMAINS))}, ${mask(r.some(KINDS), KINDS)}, ${sqlLiteral(r.pick(WISHES))}, ${mask(closed ? r.some(SUPPORT_GIVEN) : [], SUPPORT_GIVEN)},
          ${closed ? sqlLiteral(r.pick(OUTCOMES)) : 'null'}, date '${month}', ${closed ? `date '${month}' + interval 1 month` : 'null'},
          ${r.next() * 10}, ${closed ? r.next() * 90 : 'null'}, ${r.next() < 0.8})`
      })
      await db.connection.run(`insert into concerns values ${rows.join(', ')}`)
      await applyPeriods(db.connection, 'quarter')
      for (const table of TABLES.filter((t) => t.name !== 'signals')) {
        const cells = await aggregate(db.connection, table)
        expect(cells.length, table.name).toBeGreaterThan(10)
        for (const cell of cells) {
          // The count again, plainly: the table's rows that match the cell on every dimension not rolled up.
          const where = table.dimensions.flatMap((d, i) => (cell.key[i] === ALL ? [] : [cell.key[i] === '' ? `${d} is null` : `${d}::varchar = ${sqlLiteral(cell.key[i]!)}`]))
          const [expected] = await queryRows(db.connection, `select count(*)::integer as n from (${table.source}) ${where.length ? `where ${where.join(' and ')}` : ''}`)
          expect(cell.concerns, `${table.name} ${cell.key.join(' / ')}`).toBe(expected!.n)
        }
      }
    } finally {
      db.close()
    }
  })
})
