import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDuckDb, queryRows } from '../../src/pipeline/duckdb.js'
import { LISTS, stageList } from '../../src/pipeline/lists.js'

const recommendations = LISTS.find((l) => l.name === 'recommendations')!

describe('published lists', () => {
  it('are redacted, keep only their columns, and fetch and redact a row again only when it changed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'klankbord-lists-'))
    const db = await openDuckDb(':memory:')
    // The store: codes in a CSV, texts on request.
    let texts: Record<string, { text: string; response: string | null }> = {}
    const asked: string[][] = []
    const fetchTexts = async (_list: string, ids: readonly string[]) => {
      asked.push([...ids])
      return ids.map((id) => ({ id, theme: 'never published', ...texts[id]! }))
    }
    const codes = (rows: { id: string; updated: string }[]) => {
      const file = join(dir, `codes-${asked.length}.csv`)
      writeFileSync(file, `position,id,updated_at,year,municipality,status\n${rows.map((r, i) => `${i + 1},${r.id},${r.updated},2025,Gennep,open`).join('\n')}\n`)
      return file
    }
    const publish = async (file: string) => queryRows(db.connection, `select * from ${await stageList(db.connection, recommendations, file, fetchTexts)}`)
    try {
      texts = { rec_1: { text: 'Bel mevrouw De Vries terug.', response: null } }
      expect(await publish(codes([{ id: 'rec_1', updated: '2026-01-01T00:00:00Z' }]))).toEqual([
        { year: '2025', municipality: 'Gennep', status: 'open', text: 'Bel mevrouw [NAAM] terug.', response: null },
      ])
      // Same version: the kept redaction is used, and the store is not asked for the text.
      texts = { rec_1: { text: 'Iets anders.', response: null } }
      expect((await publish(codes([{ id: 'rec_1', updated: '2026-01-01T00:00:00Z' }])))[0]!.text).toBe('Bel mevrouw [NAAM] terug.')
      expect(asked).toEqual([['rec_1']])
      texts = { rec_1: { text: 'Mail naar jan@example.nl.', response: 'Gebeld met 06 12345678.' } }
      expect(await publish(codes([{ id: 'rec_1', updated: '2026-02-01T00:00:00Z' }]))).toEqual([
        { year: '2025', municipality: 'Gennep', status: 'open', text: 'Mail naar [EMAIL].', response: 'Gebeld met [TELEFOON].' },
      ])
      // Nothing unredacted is kept, and a row that is gone is forgotten.
      expect(JSON.stringify(await queryRows(db.connection, 'select * from redacted_recommendations'))).not.toContain('jan@example.nl')
      expect(await publish(codes([]))).toEqual([])
      expect(await queryRows(db.connection, 'select * from redacted_recommendations')).toEqual([])
    } finally {
      db.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('gives rows that repeat a text the same redaction, and every other row its own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'klankbord-lists-'))
    const db = await openDuckDb(':memory:')
    const texts: Record<string, { text: string; response: string | null }> = {
      rec_1: { text: 'Bel mevrouw De Vries terug.', response: 'Standaardantwoord: we nemen contact op via 06 12345678.' },
      rec_2: { text: 'Mail naar jan@example.nl.', response: 'Standaardantwoord: we nemen contact op via 06 12345678.' },
      rec_3: { text: 'Bel mevrouw De Vries terug.', response: null },
    }
    const file = join(dir, 'codes.csv')
    writeFileSync(file, `position,id,updated_at,year,municipality,status\n${Object.keys(texts).map((id, i) => `${i + 1},${id},2026-01-01T00:00:00Z,2025,Gennep,open`).join('\n')}\n`)
    try {
      const table = await stageList(db.connection, recommendations, file, async (_list, ids) => ids.map((id) => ({ id, ...texts[id]! })))
      expect(await queryRows(db.connection, `select text, response from ${table}`)).toEqual([
        { text: 'Bel mevrouw [NAAM] terug.', response: 'Standaardantwoord: we nemen contact op via [TELEFOON].' },
        { text: 'Mail naar [EMAIL].', response: 'Standaardantwoord: we nemen contact op via [TELEFOON].' },
        { text: 'Bel mevrouw [NAAM] terug.', response: null },
      ])
    } finally {
      db.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
