import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { syntheticConcernInput } from '@klankbord/fixtures'
import { ConcernInput, type ConcernCreated } from '@klankbord/contract'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applyPeriods, attackPublication, openDuckDb, openStaging, QUASI_IDENTIFIERS, readPublishedRows, stageExtract, TABLES } from '@klankbord/analytics/pipeline'
import { recommendationsTable, signalsTable } from '../../api/src/db/schema/index.js'
import { createConcern } from '../../api/src/services/intake/create-concern.js'
import { systemContext } from '../../api/src/services/shared/service-context.js'
import { findPartner } from '../../api/src/services/partners/find-partner.js'
import { storePublication } from '../../api/src/services/statistics/publication-store.js'
import { runStatistics } from '../../api/src/services/statistics/run-statistics.js'
import { extractPlaces, extractStatisticalParts } from '../../api/src/services/statistics/statistical-extract.js'
import { createStaff, login } from '../support/staff.js'
import { STORE_KINDS } from '../support/stores.js'
import { parseCsv } from '../support/csv.js'
import { startTestApp, type TestApp } from '../support/test-app.js'
import { tableFromIPC } from 'apache-arrow'

const K = 5
const PLANTED = ['Zonnebloem-Statistiek', 'planted.statistiek@example.nl', '06 11223344']

async function rows(app: TestApp, query: string): Promise<Record<string, unknown>[]> {
  return ((await app.store.db.execute(sql.raw(query))) as unknown as { rows: Record<string, unknown>[] }).rows
}

/** Concerns through the real intake, then closed with codes in a fixed pattern, as the inbox would. */
async function addConcerns(app: TestApp, from: number, count: number): Promise<ConcernCreated[]> {
  const partner = (await findPartner(app.store.db, 'demo'))!
  const origin = { partnerId: partner.id, municipalityId: partner.municipality.id, firstContactWorkingDays: 2 }
  const created: ConcernCreated[] = []
  for (let i = from; i < from + count; i++) {
    const input = ConcernInput.parse({ ...syntheticConcernInput(11, i), description: `Melding van ${PLANTED[0]}, mail ${PLANTED[1]}, bel ${PLANTED[2]}.` })
    created.push((await createConcern(systemContext(app.deps), { content: input, origin, channel: 'widget-inline' })).created)
  }
  await app.store.db.execute(
    sql.raw(`update concerns set status = 'closed', first_contact_at = created_at + interval '1 day', closed_at = created_at + interval '20 days',
      outcome = (array['resolved','partly-resolved','objection','withdrawn'])[1 + (abs(hashtext(id)) % 4)], support_given = array['listening','advice'],
      updated_at = now() where status = 'new' and abs(hashtext(id)) % 3 = 0`),
  )
  return created
}

const readCsv = (file: string) => parseCsv(readFileSync(file, 'utf8'))

for (const store of STORE_KINDS) {
  describe.skipIf(!store.available())(`statistics pipeline on ${store.kind}`, () => {
    let app: TestApp
    let dataDir: string
    let created: ConcernCreated[]
    beforeAll(async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'klankbord-statistics-'))
      app = await startTestApp({ store: await store.open(), config: { proofOfWork: false, rateLimit: false, dataDir, minCell: K } })
      created = await addConcerns(app, 0, 240)
      const municipalityId = (await app.deps.store.db.query.municipalitiesTable.findFirst())!.id
      const now = new Date()
      await app.store.db.insert(signalsTable).values(
        Array.from({ length: 12 }, (_, i) => ({ id: `sig_test_${i}`, municipalityId, domain: i % 2 ? 'wmo' : 'youth', theme: `Thema van mevrouw ${PLANTED[0]}`, text: `Tekst ${i} over de wachttijd, mail ${PLANTED[1]}, bel ${PLANTED[2]}`, response: i === 8 ? `Gebeld met meneer ${PLANTED[0]}` : null, status: i < 7 ? 'new' : 'shared', createdAt: now, updatedAt: now })),
      )
    })
    afterAll(async () => {
      await app?.close()
      rmSync(dataDir, { recursive: true, force: true })
    })

    it('publishes every table as CSV, Parquet and Arrow, and totals equal direct counts', async () => {
      const summary = await runStatistics(app.store, { dataDir, minCell: K })
      expect(summary.rowsRead).toBe(240)
      // About 240 concerns in one municipality: too few for months, enough for quarters.
      expect(summary.granularity).toBe('quarter')
      const out = join(dataDir, 'statistics')
      for (const table of summary.tables) for (const ext of ['csv', 'parquet', 'arrow']) expect(readdirSync(out)).toContain(`${table.name}.${ext}`)
      const concerns = readCsv(join(out, 'concerns.csv'))
      const total = concerns.find((r) => r.year === '*' && r.municipality === '*' && r.domain === '*')!
      expect(Number(total.concerns)).toBe(240)
      // Every row has a year but the one all-time total: tables are protected per year.
      expect(concerns.filter((r) => r.year === '*')).toHaveLength(1)
      const byYearAndDomain = await rows(app, `select extract(year from created_at at time zone 'Europe/Amsterdam')::int::text as year, domain, count(*)::int as n from concerns group by 1, 2`)
      for (const { year, domain, n } of byYearAndDomain) {
        const cell = concerns.find((r) => r.year === year && r.municipality === '*' && r.domain === domain)!
        if (cell.suppressed === 'true') expect(cell.concerns).toBe('')
        else expect(Number(cell.concerns)).toBe(n)
      }
      // The signals table counts the signals the list publishes: shared ones (seven of the twelve are drafts), each once.
      const signals = readCsv(join(out, 'signals.csv'))
      expect(signals.filter((r) => r.municipality === '*' && r.status === '*').reduce((sum, r) => sum + Number(r.concerns), 0)).toBe(readCsv(join(out, 'signal_texts.csv')).length)
      expect(signals.every((r) => r.suppressed === 'false')).toBe(true)
      const [closed] = await rows(app, `select count(*)::int as n from concerns where status = 'closed'`)
      const outcomes = readCsv(join(out, 'outcomes.csv'))
      expect(outcomes.filter((r) => r.municipality === '*' && r.outcome === '*').reduce((sum, r) => sum + Number(r.concerns), 0)).toBe(closed!.n)
      // Closed concerns count in the Dutch year they were closed in.
      const closedByYear = await rows(app, `select extract(year from closed_at at time zone 'Europe/Amsterdam')::int::text as year, count(*)::int as n from concerns where status = 'closed' group by 1`)
      expect(closedByYear.length).toBeGreaterThan(0)
      for (const { year, n } of closedByYear) {
        const cell = outcomes.find((r) => r.year === year && r.municipality === '*' && r.outcome === '*')!
        expect(cell, `outcomes in ${year}`).toBeDefined()
        if (cell.suppressed !== 'true') expect(Number(cell.concerns)).toBe(n)
      }
      // "Closed without a formal procedure" is no statistic of the concerns received: it comes from the outcomes of those closed.
      expect(Object.keys(total)).not.toContain('closed_without_procedure_share')
      // On time means on or before the deadline's day in Amsterdam, computed by the store's statistics record.
      const [contacted] = await rows(
        app,
        `select count(*)::int as n, count(*) filter (where (first_contact_at at time zone 'Europe/Amsterdam')::date <= first_contact_by)::int as on_time from concerns where first_contact_at is not null`,
      )
      expect(Number(contacted!.n)).toBeGreaterThan(0)
      expect(Number(total.first_contact_on_time_share)).toBeCloseTo(Number(contacted!.on_time) / Number(contacted!.n), 3)
      // Every closed concern here was first contacted after exactly one day and closed after twenty.
      expect(Number(total.first_contact_days_median)).toBe(1)
      expect(Number(total.close_days_median)).toBe(20)
      // Sub-counts beside the count are not published: the count minus one of them could be below k.
      expect(Object.keys(total)).not.toContain('closed')
      expect(Object.keys(total)).not.toContain('first_contacted')
    })

    it('checks the kept microdata for k-anonymity, keeps no exact dates, and keeps it readable by the server only', async () => {
      const summary = await runStatistics(app.store, { dataDir, minCell: K })
      expect(summary.microdata.rows).toBe(summary.rowsStaged)
      const duck = await openDuckDb(join(dataDir, 'analytics.duckdb'))
      try {
        await openStaging(duck.connection, { keptFile: join(dataDir, 'analytics-staged.parquet'), fresh: false })
        await applyPeriods(duck.connection, summary.granularity)
        const [classes] = (await duck.connection.runAndReadAll(
          `select count(*)::integer as classes, sum(n) filter (where n < ${K})::integer as below from (select count(*) n from staged group by ${QUASI_IDENTIFIERS.join(', ')})`,
        )).getRowObjectsJS() as [{ classes: number; below: number | null }]
        expect(summary.microdata.classes).toBe(classes.classes)
        expect(summary.microdata.rowsBelowK).toBe(classes.below ?? 0)
        const columns = (await duck.connection.runAndReadAll(`select column_name, column_type as data_type from (describe select * from read_parquet('${join(dataDir, 'analytics-staged.parquet')}'))`)).getRowObjectsJS()
        expect(columns.length).toBeGreaterThan(5)
        expect(columns.filter((c) => String(c.data_type).startsWith('TIMESTAMP'))).toEqual([])
        expect(columns.map((c) => c.column_name)).not.toEqual(expect.arrayContaining(['reference']))
        const [days] = (await duck.connection.runAndReadAll(`select count(*)::integer as n from concerns where day(created_month) <> 1`)).getRowObjectsJS() as [{ n: number }]
        expect(days.n).toBe(0)
      } finally {
        duck.close()
      }
      for (const file of ['analytics.duckdb', 'analytics-staged.parquet']) expect(statSync(join(dataDir, file)).mode & 0o077).toBe(0)
    })

    it('never publishes a count from 1 to k−1, and suppressed values are empty, not 0', async () => {
      const out = join(dataDir, 'statistics')
      for (const table of TABLES) {
        for (const row of readCsv(join(out, `${table.name}.csv`))) {
          if (row.suppressed === 'true') expect(row.concerns).toBe('')
          else expect(Number(row.concerns) === 0 || Number(row.concerns) >= K).toBe(true)
        }
      }
    })

    it('no suppressed cell can be recovered or narrowed below k from what is published, in any table', async () => {
      // The publication of the other tests, and a stricter one (k = 20) of the same store, which has far more to attack.
      const strictDir = mkdtempSync(join(tmpdir(), 'klankbord-statistics-strict-'))
      let attacked = 0
      try {
        await runStatistics(app.store, { dataDir: strictDir, minCell: 20, full: true })
        for (const { dir, k } of [
          { dir: dataDir, k: K },
          { dir: strictDir, k: 20 },
        ]) {
          const published = Object.fromEntries(TABLES.map((table) => [table.name, readCsv(join(dir, 'statistics', `${table.name}.csv`))]))
          attacked += Object.values(published).flat().filter((row) => row.suppressed === 'true').length
          expect(attackPublication(published, k), `k = ${k}`).toEqual([])
        }
      } finally {
        rmSync(strictDir, { recursive: true, force: true })
      }
      // The check is only worth something if there was something to attack.
      expect(attacked).toBeGreaterThan(10)
    })

    it('a full extract in parts holds every row exactly once', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'klankbord-parts-'))
      try {
        const ids: string[] = []
        let parts = 0
        for await (const file of extractStatisticalParts(app.store, dir, undefined, 1)) {
          parts++
          // Header-less records; the id comes first.
          ids.push(...readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => line.split(',')[0]!))
        }
        // On PGlite the table is copied in up to four parts by page; PostgreSQL pages through it by id in one file.
        expect(parts).toBe(store.kind === 'pglite' ? 4 : 1)
        const [{ n }] = (await rows(app, 'select count(*)::int as n from concerns')) as [{ n: number }]
        expect(ids).toHaveLength(n)
        expect(new Set(ids).size).toBe(n)
        // Staged in parts (each started while the next is copied) or from one file: the same rows.
        const places = join(dir, 'places.csv')
        await extractPlaces(app.store, places)
        const staged: unknown[][] = []
        for (const concerns of [extractStatisticalParts(app.store, dir, undefined, 1), extractStatisticalParts(app.store, dir)]) {
          const duck = await openDuckDb(':memory:')
          try {
            expect(await stageExtract(duck.connection, { concerns, places })).toBe(n)
            staged.push((await duck.connection.runAndReadAll('select * from concerns order by id')).getRows())
          } finally {
            duck.close()
          }
        }
        expect(staged[0]).toEqual(staged[1])
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    })

    it('an incremental run after new and changed concerns equals a full run', async () => {
      await addConcerns(app, 240, 60)
      const incremental = await runStatistics(app.store, { dataDir, minCell: K })
      expect(incremental.rowsRead).toBeLessThan(300)
      expect(incremental.rowsStaged).toBe(300)
      const fullDir = mkdtempSync(join(tmpdir(), 'klankbord-statistics-full-'))
      try {
        const full = await runStatistics(app.store, { dataDir: fullDir, minCell: K, full: true })
        expect(full.rowsRead).toBe(300)
        // The same cells with the same counts. Which ones are withheld may differ: the incremental run keeps what
        // it withheld before where it can, so that a reader of both publications learns nothing from the change.
        for (const table of full.tables) {
          const [incrementalRows, fullRows] = [dataDir, fullDir].map((dir) => readCsv(join(dir, 'statistics', `${table.name}.csv`)))
          expect(incrementalRows!.map((r) => r.concerns === '' ? '' : JSON.stringify(r))).toEqual(fullRows!.map((r, i) => (r.concerns === '' || incrementalRows![i]!.concerns === '' ? '' : JSON.stringify(r))))
        }
      } finally {
        rmSync(fullDir, { recursive: true, force: true })
      }
    })

    it('no published file and no statistics response holds a reference, follow-up code, contact value or planted personal data', async () => {
      const out = join(dataDir, 'statistics')
      const published = readdirSync(out).map((f) => readFileSync(join(out, f)).toString('latin1'))
      const council = await login(app, await createStaff(app, 'council', []))
      const { tables } = (await (await council.request('GET', '/api/v1/statistics')).json()) as { tables: { name: string }[] }
      for (const { name } of tables) {
        for (const format of ['json', 'csv', 'arrow', 'parquet']) {
          const response = await council.request('GET', `/api/v1/statistics/${name}?format=${format}`)
          expect(response.status).toBe(200)
          published.push(Buffer.from(await response.arrayBuffer()).toString('latin1'))
        }
      }
      const forbidden = [...PLANTED, ...created.slice(0, 50).flatMap((c) => [c.reference, c.followUpCode]), 'con_']
      for (const text of published) for (const value of forbidden) expect(text).not.toContain(value)
    })

    it('publishes the shared signals and the recommendations as lists, their texts redacted', async () => {
      const texts = (await readPublishedRows(join(dataDir, 'statistics'), 'signal_texts'))!
      // Seven of the twelve signals are still new: the confidant's drafts stay inside.
      expect(texts).toHaveLength(5)
      expect(texts.every((r) => r.status === 'shared')).toBe(true)
      expect(texts.map((r) => r.text)).toContain('Tekst 7 over de wachttijd, mail [EMAIL], bel [TELEFOON]')
      expect(texts.every((r) => r.theme === 'Thema van mevrouw [NAAM]')).toBe(true)
      expect(texts.find((r) => r.response)?.response).toBe('Gebeld met meneer [NAAM]')
      await app.store.db.insert(recommendationsTable).values({ id: 'rec_test', municipalityId: (await app.deps.store.db.query.municipalitiesTable.findFirst())!.id, year: 2025, text: 'Bel mevrouw De Vries terug.', status: 'done', response: 'Gedaan.', createdAt: new Date(), updatedAt: new Date() })
      await runStatistics(app.store, { dataDir, minCell: K })
      expect(await readPublishedRows(join(dataDir, 'statistics'), 'recommendations')).toEqual([{ year: '2025', municipality: expect.any(String), status: 'done', status_label: 'Uitgevoerd', text: 'Bel mevrouw [NAAM] terug.', response: 'Gedaan.' }])
      // A changed text is redacted again; a signal taken back to draft leaves the list.
      await app.store.db.execute(sql`update signals set text = 'Nieuwe tekst, mail ' || ${PLANTED[1]}, updated_at = now() where id = 'sig_test_8'`)
      await app.store.db.execute(sql`update signals set status = 'new', updated_at = now() where id = 'sig_test_9'`)
      await runStatistics(app.store, { dataDir, minCell: K })
      const after = (await readPublishedRows(join(dataDir, 'statistics'), 'signal_texts'))!
      expect(after).toHaveLength(4)
      expect(after.map((r) => r.text)).toContain('Nieuwe tekst, mail [EMAIL]')
      // Raw text never enters DuckDB: its file holds redacted texts only.
      const duckdbFile = readFileSync(join(dataDir, 'analytics.duckdb'))
      for (const planted of PLANTED) expect(duckdbFile.includes(Buffer.from(planted))).toBe(false)
      expect(duckdbFile.includes(Buffer.from('[EMAIL]'))).toBe(true)
      // An unchanged list is not written again; a missing file is.
      const listFile = join(dataDir, 'statistics', 'signal_texts.parquet')
      const written = statSync(listFile).mtimeMs
      await new Promise((resolve) => setTimeout(resolve, 20))
      await runStatistics(app.store, { dataDir, minCell: K })
      expect(statSync(listFile).mtimeMs).toBe(written)
      rmSync(listFile)
      await runStatistics(app.store, { dataDir, minCell: K })
      expect(await readPublishedRows(join(dataDir, 'statistics'), 'signal_texts')).toEqual(after)
      expect(statSync(listFile).mtimeMs).toBeGreaterThan(written)
    })

    it('serves the tables to the council as Arrow, JSON or CSV, and to nobody without a login', async () => {
      const council = await login(app, await createStaff(app, 'council', []))
      const list = (await (await council.request('GET', '/api/v1/statistics')).json()) as { minCell: number; tables: { name: string; publishedAt: string | null }[] }
      expect(list.minCell).toBe(K)
      expect(list.tables.map((t) => t.name)).toEqual(['over_time', 'concerns', 'channels', 'intake_channels', 'kinds', 'outcomes', 'wishes', 'support', 'signals', 'signal_texts', 'recommendations', 'periods', 'merged_categories', 'disclosure'])
      expect(list.tables.every((t) => t.publishedAt !== null)).toBe(true)
      const arrow = await council.request('GET', '/api/v1/statistics/concerns', undefined, { Accept: 'application/vnd.apache.arrow.stream' })
      expect(arrow.headers.get('content-type')).toBe('application/vnd.apache.arrow.stream')
      const table = tableFromIPC(new Uint8Array(await arrow.arrayBuffer()))
      expect(table.schema.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['year', 'municipality', 'domain', 'concerns', 'suppressed']))
      const json = (await (await council.request('GET', '/api/v1/statistics/concerns')).json()) as { rows: { concerns: number | null }[] }
      expect(json.rows).toHaveLength(table.numRows)
      const csv = await council.request('GET', '/api/v1/statistics/kinds', undefined, { Accept: 'text/csv' })
      expect((await csv.text()).split('\n')[0]).toBe('year,year_label,municipality,municipality_label,kind,kind_label,concerns,suppressed')
      const parquet = await council.request('GET', '/api/v1/statistics/concerns?format=parquet')
      expect(parquet.headers.get('content-disposition')).toContain('klankbord-concerns.parquet')
      expect(Buffer.from(await parquet.arrayBuffer()).subarray(0, 4).toString()).toBe('PAR1')
      const brotli = await council.request('GET', '/api/v1/statistics/concerns', undefined, { Accept: 'application/vnd.apache.arrow.stream', 'Accept-Encoding': 'br' })
      expect(brotli.headers.get('content-encoding')).toBe('br')
      expect(tableFromIPC(new Uint8Array(await brotli.arrayBuffer())).numRows).toBe(table.numRows)
      expect((await council.request('GET', '/api/v1/statistics/concerns?format=xml')).status).toBe(400)
      expect((await council.request('GET', '/api/v1/statistics/people')).status).toBe(404)
      // The Frictionless Data Package that describes every file and column, in Dutch and English.
      const pack = await council.request('GET', '/api/v1/statistics/datapackage.json')
      expect(pack.headers.get('content-type')).toContain('application/json')
      const described = (await pack.json()) as { resources: { path: string }[] }
      expect(described.resources.map((r) => r.path)).toEqual(expect.arrayContaining(['concerns.csv', 'concerns.parquet', 'periods.arrow', 'signal_texts.csv']))
      expect((await fetch(`${app.url}/api/v1/statistics/datapackage.json`)).status).toBe(401)
      expect((await fetch(`${app.url}/api/v1/statistics/concerns`)).status).toBe(401)
    })

    it('opens the statistics, and only those, to everyone when they are made public', async () => {
      const open = await startTestApp({ config: { proofOfWork: false, dataDir, minCell: K, publicStatistics: true } })
      try {
        // A fresh store: it serves what is published in it.
        expect((await fetch(`${open.url}/api/v1/statistics/concerns`)).status).toBe(404)
        await storePublication(open.store, join(dataDir, 'statistics'), new Date())
        open.deps.published.refresh()
        expect((await fetch(`${open.url}/api/v1/statistics/concerns`)).status).toBe(200)
        expect((await fetch(`${open.url}/api/v1/inbox/concerns`)).status).toBe(401)
      } finally {
        await open.close()
      }
    })
  })
}
