import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { syntheticConcernInput } from '@klankbord/fixtures'
import { ConcernInput } from '@klankbord/contract'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { municipalitiesTable, recommendationsTable, signalsTable } from '../../api/src/db/schema/index.js'
import { createConcern } from '../../api/src/services/intake/create-concern.js'
import { systemContext } from '../../api/src/services/shared/service-context.js'
import { findPartner } from '../../api/src/services/partners/find-partner.js'
import { runStatistics } from '../../api/src/services/statistics/run-statistics.js'
import { parseCsv } from '../support/csv.js'
import { startTestApp, type TestApp } from '../support/test-app.js'

const FORMULAS = ['=HYPERLINK("https://example.nl","klik")', '+wachttijd voor iedereen', '-minder uren hulp', '@iedereen let op']

let app: TestApp
let dataDir: string
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'klankbord-csv-'))
  app = await startTestApp({ config: { proofOfWork: false, rateLimit: false, dataDir, minCell: 5 } })
  const partner = (await findPartner(app.store.db, 'demo'))!
  const origin = { partnerId: partner.id, municipalityId: partner.municipality.id, firstContactWorkingDays: 2 }
  for (let i = 0; i < 20; i++) await createConcern(systemContext(app.deps), { content: ConcernInput.parse(syntheticConcernInput(5, i)), origin, channel: 'widget-inline' })
  // Written straight to the store, as an older version (or a database tool) could have.
  await app.store.db.update(municipalitiesTable).set({ name: '=Gemeente' }).where(eq(municipalitiesTable.id, partner.municipality.id))
  const now = new Date()
  await app.store.db.insert(signalsTable).values(
    FORMULAS.map((formula, i) => ({ id: `sig_csv_${i}`, municipalityId: partner.municipality.id, domain: 'wmo', theme: formula, text: formula, response: formula, status: 'shared', createdAt: now, updatedAt: now })),
  )
  await app.store.db.insert(recommendationsTable).values(FORMULAS.map((formula, i) => ({ id: `rec_csv_${i}`, municipalityId: partner.municipality.id, year: 2025, text: formula, response: formula, status: 'open', createdAt: now, updatedAt: now })))
  await runStatistics(app.store, { dataDir, minCell: 5 })
})
afterAll(async () => {
  await app?.close()
  rmSync(dataDir, { recursive: true, force: true })
})

const published = (name: string) => parseCsv(readFileSync(join(dataDir, 'statistics', `${name}.csv`), 'utf8'))

describe('published CSV files', () => {
  it.each([
    ['signal_texts', ['municipality', 'theme', 'text', 'response']],
    ['recommendations', ['municipality', 'text', 'response']],
  ])('neutralise text cells of %s that a spreadsheet would run as a formula', (name, columns) => {
    const rows = published(name)
    expect(rows).toHaveLength(FORMULAS.length)
    for (const row of rows) for (const column of columns) expect(row[column], `${name}.${column}`).toMatch(/^'[=+\-@]/)
    expect(rows.map((r) => r.text).sort()).toEqual(FORMULAS.map((f) => `'${f}`).sort())
  })

  it('neutralise a text dimension in a table of counts, and leave its numbers numbers', () => {
    const rows = published('concerns')
    const municipal = rows.filter((r) => r.municipality !== '*')
    expect(municipal.length).toBeGreaterThan(0)
    for (const row of municipal) expect(row.municipality).toBe("'=Gemeente")
    for (const row of rows) if (row.concerns !== '') expect(row.concerns).toMatch(/^\d+$/)
  })
})
