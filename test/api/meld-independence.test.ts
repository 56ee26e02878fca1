import { PARTNER_KINDS } from '@klankbord/contract/vocabulary'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MELD_TEXTS } from '../../api/src/pages/meld/texts.js'
import { PAGE_LOCALES } from '../../api/src/pages/page-locale.js'
import { pageText } from '../../api/src/pages/page-text.js'
import { startTestApp, type TestApp } from '../support/test-app.js'

let app: TestApp
const partnerOfKind = new Map<string, { key: string; name: string }>()

beforeAll(async () => {
  app = await startTestApp({ config: { rateLimit: false } })
  const result = await app.store.db.execute(sql`select id from municipalities limit 1`)
  const municipality = (result as unknown as { rows: { id: string }[] }).rows[0]!
  partnerOfKind.set('municipality', { key: 'demo', name: 'Gemeente Voorbeeld' })
  partnerOfKind.set('care-provider', { key: 'demo-zorg', name: 'Zorggroep De Linde' })
  for (const [kind, key, name] of [
    ['neighbourhood-team', 'wijkteam-oost', 'Wijkteam Oost'],
    ['other', 'bibliotheek', 'Bibliotheek Maasdal'],
  ] as const) {
    await app.store.db.execute(sql`insert into partners (id, municipality_id, name, kind, key) values (${`par_${key}`}, ${municipality.id}, ${name}, ${kind}, ${key})`)
    partnerOfKind.set(kind, { key, name })
  }
})
afterAll(() => app?.close())

describe('/meld says the concern goes to the independent confidant, not to the partner', () => {
  it.each(PARTNER_KINDS.flatMap((kind) => PAGE_LOCALES.map((locale) => [kind, locale] as const)))('on a %s’s link, in %s', async (kind, locale) => {
    const partner = partnerOfKind.get(kind)!
    const page = await (await fetch(`${app.url}/meld?partner=${partner.key}&lang=${locale}`)).text()
    const notice = (/<div class="notice">([\s\S]*?)<\/div>/.exec(page)?.[1] ?? '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ')
    const t = pageText(locale)
    expect(notice).toContain(t(MELD_TEXTS.goesTo, 'Vertrouwenspersoon sociaal domein Voorbeeld', 'Gemeente Voorbeeld'))
    expect(notice).toContain(kind === 'municipality' ? t(MELD_TEXTS.notTheDepartment) : t(MELD_TEXTS.notThePartner, partner.name))
    expect(notice).toContain(t(MELD_TEXTS.pageOfConfidant, partner.name))
    // Every language but Dutch says it in its own words.
    if (locale !== 'nl') expect(notice).not.toContain('vertrouwenspersoon van')
  })
})
