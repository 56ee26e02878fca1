import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { attackPublication, TABLES } from '@klankbord/analytics/pipeline'
import { ConcernInput } from '@klankbord/contract'
import { CHANNEL_LABELS } from '@klankbord/contract/labels'
import type { Channel } from '@klankbord/contract/vocabulary'
import { syntheticConcernInput } from '@klankbord/fixtures'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createConcern } from '../../api/src/services/intake/create-concern.js'
import { findPartner } from '../../api/src/services/partners/find-partner.js'
import { systemContext } from '../../api/src/services/shared/service-context.js'
import { runStatistics } from '../../api/src/services/statistics/run-statistics.js'
import { parseCsv } from '../support/csv.js'
import { STORE_KINDS } from '../support/stores.js'
import { startTestApp, type TestApp } from '../support/test-app.js'

const K = 5
/** Many through the widget and by phone, a few by letter, the confidant's own intake and a poster: three small cells. */
const INTAKE: readonly (readonly [Channel, number])[] = [
  ['widget-inline', 16],
  ['widget-launcher', 9],
  ['phone', 8],
  ['walk-in', 6],
  ['letter', 2],
  ['own', 2],
  ['poster', 1],
]
const SMALL = INTAKE.filter(([, n]) => n < K).map(([channel]) => channel)

const readCsv = (file: string) => parseCsv(readFileSync(file, 'utf8'))

for (const store of STORE_KINDS) {
  describe.skipIf(!store.available())(`concerns per intake channel, published on ${store.kind}`, () => {
    let app: TestApp
    let dataDir: string
    let out: string

    beforeAll(async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'klankbord-intake-channels-'))
      out = join(dataDir, 'statistics')
      app = await startTestApp({ store: await store.open(), config: { proofOfWork: false, rateLimit: false, dataDir, minCell: K } })
      const partner = (await findPartner(app.store.db, 'demo'))!
      let i = 0
      for (const [channel, count] of INTAKE) {
        for (let n = 0; n < count; n++, i++) {
          // The resident's own ways in come through the partner; what the confidant enters has none.
          const partnerId = ['widget-inline', 'widget-launcher', 'poster'].includes(channel) ? partner.id : null
          const origin = { partnerId, municipalityId: partner.municipality.id, firstContactWorkingDays: 2 }
          await createConcern(systemContext(app.deps), { content: ConcernInput.parse(syntheticConcernInput(23, i)), origin, channel })
        }
      }
      await runStatistics(app.store, { dataDir, minCell: K })
    })
    afterAll(async () => {
      await app?.close()
      rmSync(dataDir, { recursive: true, force: true })
    })

    it('counts each channel as the store holds it, with its Dutch label, and withholds the small ones', async () => {
      const published = readCsv(join(out, 'intake_channels.csv'))
      const direct = ((await app.store.db.execute(sql`select extract(year from created_at at time zone 'Europe/Amsterdam')::int::text as year, channel, count(*)::int as n from concerns group by 1, 2`)) as unknown as {
        rows: { year: string; channel: string; n: number }[]
      }).rows
      expect(direct.length).toBeGreaterThanOrEqual(INTAKE.length)
      for (const { year, channel, n } of direct) {
        const row = published.find((r) => r.year === year && r.municipality === '*' && r.channel === channel)
        expect(row, `${channel} in ${year}`).toBeDefined()
        expect(row!.channel_label).toBe(CHANNEL_LABELS.nl[channel as Channel])
        if (n < K) expect(row).toMatchObject({ concerns: '', suppressed: 'true' })
        else expect(row).toMatchObject({ concerns: String(n), suppressed: 'false' })
      }
      // The year's total is a kept margin: published, and the same as in `concerns`.
      const years = [...new Set(direct.map((r) => r.year))]
      for (const year of years) {
        const total = published.find((r) => r.year === year && r.municipality === '*' && r.channel === '*')!
        const inConcerns = readCsv(join(out, 'concerns.csv')).find((r) => r.year === year && r.municipality === '*' && r.domain === '*')!
        expect(total.suppressed).toBe('false')
        expect(total.concerns).toBe(inConcerns.concerns)
      }
      // Every published count is 0 or at least k; every withheld one is empty.
      for (const row of published) {
        if (row.suppressed === 'true') expect(row.concerns).toBe('')
        else expect(Number(row.concerns) === 0 || Number(row.concerns) >= K).toBe(true)
      }
      expect(published.filter((r) => r.suppressed === 'true').map((r) => r.channel)).toEqual(expect.arrayContaining(SMALL))
    })

    it('leaves no withheld channel to be pinned or bounded below k from all tables together', () => {
      const published = Object.fromEntries(TABLES.map((table) => [table.name, readCsv(join(out, `${table.name}.csv`))]))
      expect(published.intake_channels!.some((row) => row.suppressed === 'true')).toBe(true)
      expect(attackPublication(published, K)).toEqual([])
    })

    it('describes the table and its channel column in Dutch and English, and reports its information loss', () => {
      const pack = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8')) as {
        resources: { path: string; description: string; description_en: string; schema: { fields: { name: string; description: string; description_en: string }[] } }[]
      }
      const resource = pack.resources.find((r) => r.path === 'intake_channels.csv')!
      expect(resource.description).toMatch(/^Meldingen per jaar, gemeente en kanaal/)
      expect(resource.description_en).toMatch(/^Concerns per year, municipality and intake channel/)
      const channel = resource.schema.fields.find((field) => field.name === 'channel')!
      expect(channel.description).toMatch(/hoe de melding binnenkwam/)
      expect(channel.description_en).toMatch(/how the concern came in/)
      expect(readCsv(join(out, 'disclosure.csv')).some((row) => row.table === 'intake_channels')).toBe(true)
    })
  })
}
