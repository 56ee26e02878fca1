import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openPgliteStore } from '../../api/src/store/pglite-store.js'
import { ms, type Row } from './table.js'

const ROUNDS = 200

/** The cost of one flush of PGlite's write-ahead log after a small commit, on this machine's disk. */
export async function walFlushRows(): Promise<Row[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'klankbord-wal-'))
  const store = await openPgliteStore({ dataDir })
  try {
    await store.client.exec('create table bench_rows (id serial primary key, body text)')
    const commitTimes: number[] = []
    const flushTimes: number[] = []
    for (let i = 0; i < ROUNDS; i++) {
      const t0 = performance.now()
      await store.client.query('insert into bench_rows (body) values ($1)', [`row ${i}`])
      const t1 = performance.now()
      await store.flush()
      flushTimes.push(performance.now() - t1)
      commitTimes.push(t1 - t0)
    }
    const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b)
    const pct = (xs: number[], p: number) => sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!
    return [
      { measure: 'PGlite commit (one insert), p50', value: ms(pct(commitTimes, 0.5)) },
      { measure: 'WAL flush after it, p50 / p99', value: `${ms(pct(flushTimes, 0.5))} / ${ms(pct(flushTimes, 0.99))}`, note: `fsync of new WAL segments + pg_wal dir, ${ROUNDS} rounds` },
    ]
  } finally {
    await store.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
