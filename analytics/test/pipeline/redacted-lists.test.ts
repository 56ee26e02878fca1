import { describe, expect, it } from 'vitest'
import { openDuckDb, queryRows } from '../../src/pipeline/duckdb.js'
import { LISTS, redactedListRows } from '../../src/pipeline/lists.js'

const recommendations = LISTS.find((l) => l.name === 'recommendations')!
const row = (id: string, text: string, updated: string) => ({ id, updated_at: updated, year: 2025, municipality: 'Gennep', status: 'open', text, response: null, theme: 'dropped' })

describe('published lists', () => {
  it('are redacted, keep only their columns, and redact a row again only when it changed', async () => {
    const db = await openDuckDb(':memory:')
    try {
      const first = await redactedListRows(db.connection, recommendations, [row('rec_1', 'Bel mevrouw De Vries terug.', '2026-01-01T00:00:00Z')])
      expect(first).toEqual([{ year: '2025', municipality: 'Gennep', status: 'open', text: 'Bel mevrouw [NAAM] terug.', response: null }])
      // Same version: the kept redaction is used (the changed source text proves it was not redacted again).
      const same = await redactedListRows(db.connection, recommendations, [row('rec_1', 'Iets anders.', '2026-01-01T00:00:00Z')])
      expect(same[0]!.text).toBe('Bel mevrouw [NAAM] terug.')
      const changed = await redactedListRows(db.connection, recommendations, [row('rec_1', 'Mail naar jan@example.nl.', '2026-02-01T00:00:00Z')])
      expect(changed[0]!.text).toBe('Mail naar [EMAIL].')
      // Nothing unredacted is kept, and a row that is gone is forgotten.
      expect(JSON.stringify(await queryRows(db.connection, 'select row::varchar as row from redacted_rows'))).not.toContain('jan@example.nl')
      await redactedListRows(db.connection, recommendations, [])
      expect(await queryRows(db.connection, 'select * from redacted_rows')).toEqual([])
    } finally {
      db.close()
    }
  })
})
