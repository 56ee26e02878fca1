import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDuckDb, queryRows } from '../../src/pipeline/duckdb.js'
import { dropOutdatedStaging, lastStagedChange, stageExtract } from '../../src/pipeline/stage.js'

describe('staged rows of an older pipeline version', () => {
  it('are dropped with their watermark, so the next run extracts everything again; current ones are kept', async () => {
    const db = await openDuckDb(':memory:')
    try {
      await db.connection.run(`create table concerns (id varchar primary key, municipality varchar, period varchar)`)
      await db.connection.run(`create table pipeline_state (last_change timestamptz)`)
      await db.connection.run(`insert into pipeline_state values ('2026-01-01T00:00:00Z')`)
      await dropOutdatedStaging(db.connection)
      expect(await queryRows(db.connection, `select * from information_schema.tables where table_name = 'concerns'`)).toEqual([])
      expect(await lastStagedChange(db.connection)).toBeUndefined()
      // A table of the current shape survives.
      const dir = mkdtempSync(join(tmpdir(), 'klankbord-staging-'))
      const files = { concerns: join(dir, 'c.csv'), places: join(dir, 'p.csv'), signals: join(dir, 's.csv') }
      writeFileSync(files.concerns, 'id,municipality_id,partner_id,domain,kinds,wish,support_given,outcome,created_minute,first_contact_by_day,first_contact_minute,closed_minute\ncon_1,mun_1,,wmo,information,listen,,,29000000,20140,,\n')
      writeFileSync(files.places, 'type,id,value\nmunicipality,mun_1,Gennep\n')
      await stageExtract(db.connection, { ...files, lastChange: new Date('2026-02-01T00:00:00Z'), lists: {} })
      await dropOutdatedStaging(db.connection)
      expect(await queryRows(db.connection, 'select id, municipality, partner_kind from concerns')).toEqual([{ id: 'con_1', municipality: 'Gennep', partner_kind: 'confidant' }])
      expect(await lastStagedChange(db.connection)).toEqual(new Date('2026-02-01T00:00:00Z'))
      rmSync(dir, { recursive: true, force: true })
    } finally {
      db.close()
    }
  })
})
