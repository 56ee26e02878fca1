import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDuckDb, queryRows } from '../../src/pipeline/duckdb.js'
import { PUBLISHED_LISTS } from '@klankbord/contract/published-lists'
import { stageList } from '../../src/pipeline/lists.js'

const recommendations = PUBLISHED_LISTS.find((l) => l.name === 'recommendations')!
const signalTexts = PUBLISHED_LISTS.find((l) => l.name === 'signal_texts')!

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
        { year: '2025', municipality: 'Gennep', status: 'open', status_label: 'Nog geen besluit', text: 'Bel mevrouw [NAAM] terug.', response: null },
      ])
      // Same version: the kept redaction is used, and the store is not asked for the text.
      texts = { rec_1: { text: 'Iets anders.', response: null } }
      expect((await publish(codes([{ id: 'rec_1', updated: '2026-01-01T00:00:00Z' }])))[0]!.text).toBe('Bel mevrouw [NAAM] terug.')
      expect(asked).toEqual([['rec_1']])
      texts = { rec_1: { text: 'Mail jan@example.nl over de wachttijd.', response: 'Gebeld met 06 12345678 over de wachttijd.' } }
      expect(await publish(codes([{ id: 'rec_1', updated: '2026-02-01T00:00:00Z' }]))).toEqual([
        { year: '2025', municipality: 'Gennep', status: 'open', status_label: 'Nog geen besluit', text: 'Mail [EMAIL] over de wachttijd.', response: 'Gebeld met [TELEFOON] over de wachttijd.' },
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
      rec_1: { text: 'Bel mevrouw De Vries terug.', response: 'Standaardantwoord: we nemen contact op via 06 12345678 binnen een week.' },
      rec_2: { text: 'Mail jan@example.nl over de wachttijd.', response: 'Standaardantwoord: we nemen contact op via 06 12345678 binnen een week.' },
      rec_3: { text: 'Bel mevrouw De Vries terug over de brief.', response: null },
    }
    const file = join(dir, 'codes.csv')
    writeFileSync(file, `position,id,updated_at,year,municipality,status\n${Object.keys(texts).map((id, i) => `${i + 1},${id},2026-01-01T00:00:00Z,2025,Gennep,open`).join('\n')}\n`)
    try {
      const table = await stageList(db.connection, recommendations, file, async (_list, ids) => ids.map((id) => ({ id, ...texts[id]! })))
      expect(await queryRows(db.connection, `select text, response from ${table}`)).toEqual([
        { text: 'Bel mevrouw [NAAM] terug.', response: 'Standaardantwoord: we nemen contact op via [TELEFOON] binnen een week.' },
        { text: 'Mail [EMAIL] over de wachttijd.', response: 'Standaardantwoord: we nemen contact op via [TELEFOON] binnen een week.' },
        { text: 'Bel mevrouw [NAAM] terug over de brief.', response: null },
      ])
    } finally {
      db.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('publish one entry per signal: the same signal again, or differing only by a redaction placeholder, is one; sentences with only a placeholder are dropped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'klankbord-lists-'))
    const db = await openDuckDb(':memory:')
    const rows = [
      { id: 'sig_1', status: 'shared', theme: 'Wachttijd Wmo', text: 'Inwoners wachten maanden op een besluit. Zie https://example.nl/wmo.', response: null },
      { id: 'sig_2', status: 'improved', theme: 'Wachttijd Wmo', text: 'Inwoners wachten maanden op een besluit. Terugbelnummer van de inwoner: 06 12345678.', response: 'De termijn is nu zes weken.' },
      { id: 'sig_3', status: 'answered', theme: 'Wachttijd Wmo bij mevrouw De Vries', text: 'Inwoners wachten maanden op een besluit.', response: 'We kijken ernaar.' },
      { id: 'sig_4', status: 'shared', theme: 'Taxi te laat', text: 'De taxi komt te laat op school.', response: null },
    ]
    const file = join(dir, 'codes.csv')
    writeFileSync(file, `position,id,updated_at,year,municipality,domain,status\n${rows.map((r, i) => `${i + 1},${r.id},2026-01-01T00:00:00Z,2025,Gennep,wmo,${r.status}`).join('\n')}\n`)
    try {
      const table = await stageList(db.connection, signalTexts, file, async (_list, ids) => ids.map((id) => rows.find((r) => r.id === id)!))
      expect(await queryRows(db.connection, `select status, status_label, domain_label, theme, text, response from ${table}`)).toEqual([
        {
          status: 'improved',
          status_label: 'Verbeterd',
          domain_label: 'Hulp en zorg thuis (Wmo)',
          theme: 'Wachttijd Wmo',
          text: 'Inwoners wachten maanden op een besluit.',
          response: 'De termijn is nu zes weken.',
        },
        { status: 'shared', status_label: 'Gedeeld met de gemeente', domain_label: 'Hulp en zorg thuis (Wmo)', theme: 'Taxi te laat', text: 'De taxi komt te laat op school.', response: null },
      ])
    } finally {
      db.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
