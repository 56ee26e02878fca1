import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { encodeStatisticsRecord, type StatisticsRecord } from '@klankbord/contract/statistics-record'
import { describe, expect, it } from 'vitest'
import { openDuckDb, queryRows } from '../../src/pipeline/duckdb.js'
import { dropOutdatedStaging, keepStaging, lastStagedChange, openStaging, stageExtract } from '../../src/pipeline/stage.js'

describe('staged rows kept between runs', () => {
  it('of an older pipeline version are dropped with their watermark, so the next run extracts everything again; current ones are kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'klankbord-staging-'))
    const kept = join(dir, 'staged.parquet')
    const db = await openDuckDb(':memory:')
    try {
      // Older layouts: rows in the DuckDB file, redacted texts as JSON, and a kept file with other columns.
      await db.connection.run(`create table concerns (id varchar primary key, municipality varchar, period varchar)`)
      await db.connection.run(`create table redacted_rows (list varchar, id varchar, version varchar, row json)`)
      await db.connection.run(`create table pipeline_state (last_change timestamptz)`)
      await db.connection.run(`insert into pipeline_state values ('2026-01-01T00:00:00Z')`)
      await db.connection.run(`copy (select 'con_1' as id, 'Gennep' as municipality) to '${kept}' (format parquet)`)
      await dropOutdatedStaging(db.connection, kept)
      expect(await queryRows(db.connection, `select table_name from information_schema.tables where table_name in ('concerns', 'redacted_rows')`)).toEqual([])
      expect(existsSync(kept)).toBe(false)
      expect(await lastStagedChange(db.connection, kept)).toBeUndefined()

      // Rows of the current layout survive, readable by the server's user only, with their watermark.
      const files = { concerns: join(dir, 'c.csv'), places: join(dir, 'p.csv') }
      const record: StatisticsRecord = { statistics_id: 7, municipality_key: 123, partner_key: null, channel: 'walk-in', domain: 'wmo', kinds: ['information'], wish: 'listen', support_given: [], outcome: null, created_minute: 29_000_000, first_contact_after: null, closed_after: null, first_contact_on_time: null }
      writeFileSync(files.concerns, `${encodeStatisticsRecord(record)}\n`)
      writeFileSync(files.places, 'type,id,value\nmunicipality,123,Gennep\n')
      await openStaging(db.connection, { keptFile: kept, fresh: true })
      expect(await stageExtract(db.connection, files)).toBe(1)
      await keepStaging(db.connection, kept, 1, new Date('2026-02-01T00:00:00Z'))
      expect(statSync(kept).mode & 0o077).toBe(0)
      await dropOutdatedStaging(db.connection, kept)
      expect(await lastStagedChange(db.connection, kept)).toEqual(new Date('2026-02-01T00:00:00Z'))
      await openStaging(db.connection, { keptFile: kept, fresh: false })
      expect(await queryRows(db.connection, 'select id::integer as id, municipality, partner_kind, channel, domain, kinds, wish from concerns')).toEqual([
        { id: 7, municipality: 'Gennep', partner_kind: 'confidant', channel: 'walk-in', domain: 'wmo', kinds: 4, wish: 'listen' },
      ])
      // Rows kept before the intake channel was staged cannot be completed in place: extracted again.
      await db.connection.run(`copy (select * exclude (channel) from concerns) to '${kept}' (format parquet)`)
      await dropOutdatedStaging(db.connection, kept)
      expect(existsSync(kept)).toBe(false)
      expect(await lastStagedChange(db.connection, kept)).toBeUndefined()
      await openStaging(db.connection, { keptFile: kept, fresh: true })
      expect(await stageExtract(db.connection, files)).toBe(1)
      await keepStaging(db.connection, kept, 1, new Date('2026-02-01T00:00:00Z'))
      // Without the kept rows there is nothing to continue from, whatever the watermark says.
      rmSync(kept)
      expect(await lastStagedChange(db.connection, kept)).toBeUndefined()
    } finally {
      db.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
