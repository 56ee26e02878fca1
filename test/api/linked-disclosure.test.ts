import { randomBytes } from 'node:crypto'
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConcernInput } from '@klankbord/contract'
import { syntheticConcernInput } from '@klankbord/fixtures'
import { signatureOf } from '@klankbord/analytics/disclosure'
import { attackPublication, publishedUnits, readPublishedRows, TABLES, type PublishedRows, type TableDefinition } from '@klankbord/analytics/pipeline'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createConcern } from '../../api/src/services/intake/create-concern.js'
import { systemContext } from '../../api/src/services/shared/service-context.js'
import { findPartner } from '../../api/src/services/partners/find-partner.js'
import { seedStore } from '../../api/src/services/seed/seed-store.js'
import { runStatistics } from '../../api/src/services/statistics/run-statistics.js'
import { STORE_KINDS } from '../support/stores.js'
import { startTestApp, type TestApp } from '../support/test-app.js'

/**
 * Issue 16's scenario: seeded regional data (three municipalities, two years back from today, so the first year
 * starts in December and the running year is partial) beside the demo municipality with seven concerns of its
 * own. The publication must be true (every count a direct count of the store), consistent (one value and one
 * status per population in every table), keep every margin of k or more, and leak nothing to a reader of all
 * tables at once, nor to one who also read last night's publication and knows the one concern added since.
 */
const K = 5
const DEMO_DOMAINS = ['wmo', 'youth', 'income', 'wmo', 'debt', 'youth', 'wmo'] as const
const ALL = '*'

type Row = Record<string, unknown>

async function rowsOf(app: TestApp, query: string): Promise<Row[]> {
  return ((await app.store.db.execute(sql.raw(query))) as unknown as { rows: Row[] }).rows
}

const quote = (value: string) => `'${value.replace(/'/g, "''")}'`
const dutchYear = (column: string) => `extract(year from ${column} at time zone 'Europe/Amsterdam')::int::text`

/** Which store rows a table counts, and the SQL of each of its dimensions. */
function source(table: TableDefinition): { from: string; column: (dimension: string) => string; multi?: string } {
  const concerns = `concerns c join municipalities m on m.id = c.municipality_id left join partners p on p.id = c.partner_id`
  const dimensions: Record<string, string> = {
    municipality: 'm.name',
    domain: 'c.domain',
    partner_kind: `coalesce(p.kind, 'confidant')`,
    channel: 'c.channel',
    outcome: 'c.outcome',
    wish: 'c.wish',
    status: 's.status',
  }
  if (table.group === 'signals')
    return { from: 'signals s join municipalities m on m.id = s.municipality_id', column: (d) => (d === 'year' ? dutchYear('s.created_at') : dimensions[d]!) }
  if (table.group === 'closed')
    return { from: `${concerns} where c.closed_at is not null`, column: (d) => (d === 'year' ? dutchYear('c.closed_at') : d === 'support' ? 'c.support_given' : dimensions[d]!), multi: 'support' }
  return { from: `${concerns} where true`, column: (d) => (d === 'year' ? dutchYear('c.created_at') : d === 'period' ? dutchYear('c.created_at') : d === 'kind' ? 'c.kinds' : dimensions[d]!), multi: 'kind' }
}

/** The store's count of the concerns (or signals) a published row stands for, merged categories included. */
async function directCount(app: TestApp, table: TableDefinition, row: Row, merged: readonly Row[]): Promise<number> {
  const { from, column, multi } = source(table)
  const year = String(row[table.dimensions[0]!]).slice(0, 4)
  const conditions = table.dimensions.flatMap((d) => {
    const value = String(row[d])
    if (value === ALL) return []
    const members = merged.find((m) => m.table === table.name && m.year === year && m.dimension === d && m.code === value)
    const codes = members ? [...String(members.members).split(';'), ...(value === 'overig' ? [] : [value])] : [value]
    if (d === multi) return [`(${codes.map((code) => `${quote(code)} = any(${column(d)})`).join(' or ')})`]
    return [`${column(d)} in (${codes.map(quote).join(', ')})`]
  })
  const where = conditions.length ? ` and ${conditions.join(' and ')}` : ''
  const [result] = await rowsOf(app, `select count(*)::int as n from ${from.includes(' where ') ? from : `${from} where true`}${where}`)
  return Number(result!.n)
}

async function readAll(dir: string): Promise<PublishedRows & Record<string, readonly Row[]>> {
  const names = [...TABLES.map((t) => t.name), 'signal_texts', 'periods', 'merged_categories', 'disclosure']
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, (await readPublishedRows(join(dir, 'statistics'), name)) ?? []])))
}

/** A kept margin: a total over some dimension within one year (not a period inside it, not a slice of kinds). */
const isKeptMargin = (table: TableDefinition, row: Row) =>
  table.name !== 'over_time' && table.dimensions.slice(1).some((d) => !(table.withoutMargin ?? []).includes(d) && row[d] === ALL)

for (const store of STORE_KINDS) {
  describe.skipIf(!store.available())(`linked tables on ${store.kind}: true, consistent and safe`, () => {
    let app: TestApp
    let dataDir: string
    let published: Awaited<ReturnType<typeof readAll>>
    beforeAll(async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'klankbord-linked-'))
      const masterKey = randomBytes(32)
      app = await startTestApp({ store: await store.open(), masterKey, config: { proofOfWork: false, rateLimit: false, dataDir, minCell: K } })
      // As `klankbord seed --years 2` does it: two years back from today, so the first year starts on today's date.
      await seedStore({ store: app.store, masterKey }, { concerns: 4000, municipalities: 3, years: 2, seed: 16, start: twoYearsAgo() })
      const partner = (await findPartner(app.store.db, 'demo'))!
      const origin = { partnerId: partner.id, municipalityId: partner.municipality.id, firstContactWorkingDays: 2 }
      for (const [i, domain] of DEMO_DOMAINS.entries()) await createConcern(systemContext(app.deps), { content: ConcernInput.parse({ ...syntheticConcernInput(16, i), domain }), origin, channel: 'widget-inline' })
      await runStatistics(app.store, { dataDir, minCell: K })
      published = await readAll(dataDir)
    }, 120_000)
    afterAll(async () => {
      await app?.close()
      rmSync(dataDir, { recursive: true, force: true })
    })

    it('publishes every count as a direct count of the store, and never withholds a margin of k or more', async () => {
      let checked = 0
      let keptMargins = 0
      for (const table of TABLES) {
        for (const row of published[table.name]!) {
          // The signals table counts the entries of the published list of signals (each signal once).
          const truth = table.countsList
            ? published[table.countsList]!.filter((entry) => table.dimensions.every((d) => row[d] === ALL || String(entry[d]) === row[d])).length
            : await directCount(app, table, row, published.merged_categories!)
          if (row.suppressed) {
            expect(row.concerns).toBeNull()
            if (isKeptMargin(table, row) || row[table.dimensions[0]!] === ALL) expect(truth, `${table.name} ${JSON.stringify(row)} is a margin`).toBeLessThan(K)
          } else {
            expect(row.concerns, `${table.name} ${JSON.stringify(row)}`).toBe(truth)
            if (isKeptMargin(table, row)) keptMargins++
          }
          checked++
        }
      }
      expect(checked).toBeGreaterThan(400)
      const [shared] = await rowsOf(app, `select count(*)::int as n from signals where status <> 'new'`)
      expect(published.signal_texts!.length).toBeGreaterThan(0)
      expect(published.signal_texts!.length).toBeLessThanOrEqual(Number(shared!.n))
      expect(keptMargins).toBeGreaterThan(100)
      // The demo municipality's seven concerns are a municipality-year total of k or more: shown in every table of them.
      for (const [name, other] of [
        ['concerns', 'domain'],
        ['channels', 'partner_kind'],
        ['intake_channels', 'channel'],
      ] as const) {
        const total = published[name]!.find((r) => r.municipality === partner(published) && r.year === currentYear() && r[other] === ALL)
        expect(total, name).toMatchObject({ concerns: DEMO_DOMAINS.length, suppressed: false })
      }
    })

    it('gives a population one value and one status in every table that counts it', () => {
      const { units } = publishedUnits(published)
      let shared = 0
      for (const unit of units) {
        const seen = new Map<string, { table: string; value: number | null }>()
        for (const table of unit.tables)
          for (const cell of table.cells) {
            const signature = signatureOf(unit, table, cell.key)
            const before = seen.get(signature)
            if (before && before.table !== table.name) {
              shared++
              expect(cell.value, `${signature}: ${before.table} and ${table.name}`).toBe(before.value)
            }
            seen.set(signature, { table: table.name, value: cell.value })
          }
      }
      expect(shared).toBeGreaterThan(20)
    })

    it('leaks nothing to a reader of all tables at once, nor to one who compares with the previous publication', async () => {
      const withheld = TABLES.reduce((n, t) => n + published[t.name]!.filter((r) => r.suppressed).length, 0)
      expect(withheld).toBeGreaterThan(5)
      expect(attackPublication(published, K)).toEqual([])

      // Tonight: one late concern for the demo municipality, and an incremental run over last night's publication.
      const lastNight = mkdtempSync(join(tmpdir(), 'klankbord-linked-previous-'))
      try {
        cpSync(dataDir, lastNight, { recursive: true })
        const partnerRow = (await findPartner(app.store.db, 'demo'))!
        const late = ConcernInput.parse({ ...syntheticConcernInput(16, 99), domain: 'youth', kinds: ['information'] })
        await createConcern(systemContext(app.deps), { content: late, origin: { partnerId: partnerRow.id, municipalityId: partnerRow.municipality.id, firstContactWorkingDays: 2 }, channel: 'widget-inline' })
        const tonight = await runStatistics(app.store, { dataDir, minCell: K })
        expect(tonight.rowsRead).toBe(1)
        const now = await readAll(dataDir)
        expect(now.concerns!.find((r) => r.year === ALL)!.concerns).toBe((published.concerns!.find((r) => r.year === ALL)!.concerns as number) + 1)
        // The attacker knows exactly which cells the late concern adds one to.
        const attributes: Record<string, string> = { year: currentYear(), period: currentYear(), municipality: partner(published), domain: 'youth', partner_kind: partnerRow.kind, channel: 'widget-inline' }
        const delta = (table: TableDefinition, key: readonly string[]) =>
          table.group === 'received' && table.dimensions.every((d, i) => key[i] === ALL || (d === 'kind' ? late.kinds.includes(key[i] as never) : attributes[d] === key[i])) ? 1 : 0
        expect(attackPublication(now, K, { previous: await readAll(lastNight), delta })).toEqual([])
        expect(attackPublication(now, K)).toEqual([])
      } finally {
        rmSync(lastNight, { recursive: true, force: true })
      }
    })

    it('withholds at most 10 % of the concerns in the finest table, and says what it withheld per table', () => {
      const loss = published.disclosure!.find((r) => r.table === 'concerns')!
      expect(Number(loss.concerns)).toBeGreaterThan(1000)
      expect(Number(loss.withheld_share)).toBeLessThanOrEqual(0.1)
      expect(published.disclosure!.map((r) => r.table)).toEqual(TABLES.map((t) => t.name))
    })

    it('marks the partial first year and the running year with their dates', async () => {
      const [first] = await rowsOf(app, `select to_char(min(created_at) at time zone 'Europe/Amsterdam', 'YYYY-MM-DD') as day from concerns`)
      const years = published.periods!.filter((r) => r.granularity === 'year')
      expect(years[0]).toMatchObject({ first_day: first!.day, last_day: `${String(first!.day).slice(0, 4)}-12-31`, partial: true })
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date())
      expect(years.at(-1)).toMatchObject({ year: currentYear(), first_day: `${currentYear()}-01-01`, last_day: today, partial: today !== `${currentYear()}-12-31` })
      for (const middle of years.slice(1, -1)) expect(middle.partial).toBe(false)
    })

    it('describes every file and column in datapackage.json, with a Dutch label beside every code', () => {
      const pack = JSON.parse(readFileSync(join(dataDir, 'statistics', 'datapackage.json'), 'utf8')) as { resources: { path: string; schema: { fields: { name: string; description: string; description_en: string }[] } }[] }
      for (const table of TABLES) {
        const csv = readFileSync(join(dataDir, 'statistics', `${table.name}.csv`), 'utf8').split('\n')[0]!.split(',')
        const resource = pack.resources.find((r) => r.path === `${table.name}.csv`)!
        expect(resource.schema.fields.map((f) => f.name)).toEqual(csv)
        for (const field of resource.schema.fields) expect(field.description && field.description_en, `${table.name}.${field.name}`).toBeTruthy()
        for (const d of table.dimensions) expect(csv[csv.indexOf(d) + 1]).toBe(`${d}_label`)
        for (const format of ['parquet', 'arrow']) expect(pack.resources.some((r) => r.path === `${table.name}.${format}`)).toBe(true)
      }
      const domains = published.concerns!.filter((r) => r.domain === 'wmo')
      expect(domains.every((r) => r.domain_label === 'Hulp en zorg thuis (Wmo)')).toBe(true)
    })
  })
}

function twoYearsAgo(): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date())
  return `${Number(today.slice(0, 4)) - 2}${today.slice(4)}`.replace(/-02-29$/, '-02-28')
}

function currentYear(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(new Date())
}

function partner(published: Record<string, readonly Row[]>): string {
  const names = new Set(published.concerns!.map((r) => String(r.municipality)))
  return [...names].find((name) => name !== ALL && !['Gennep', 'Bergen (L)', 'Venray', 'overig'].includes(name))!
}
