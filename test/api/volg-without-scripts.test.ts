import type { ConcernCreated, ConcernFollowUp } from '@klankbord/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OUTCOME_TEXTS, STAGE_TEXTS, VOLG_TEXTS } from '../../api/src/pages/volg/texts.js'
import { pageText } from '../../api/src/pages/page-text.js'
import { concernBody, postConcern } from '../support/concern-body.js'
import { createStaff, login, type Session } from '../support/staff.js'
import { startTestApp, type TestApp } from '../support/test-app.js'

const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' }
const MESSAGE = 'Ik heb met het Wmo-loket gesproken. Zij sturen u een nieuwe brief.'

let app: TestApp
let confidant: Session
let created: ConcernCreated

const lookUp = (fields: Record<string, string>) => fetch(`${app.url}/volg/zonder-script`, { method: 'POST', headers: FORM, body: new URLSearchParams(fields) })
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ')

beforeAll(async () => {
  app = await startTestApp({ config: { proofOfWork: false, rateLimit: true }, rateLimits: { followUp: { limit: 3, windowMs: 15 * 60 * 1000 } } })
  const municipality = (await app.deps.store.db.query.municipalitiesTable.findFirst())!
  confidant = await login(app, await createStaff(app, 'confidant', [municipality.id]))
  created = (await (await postConcern(app.url, concernBody({ decisionDate: '2026-11-20' }))).json()) as ConcernCreated
  const concernId = (await app.deps.store.db.query.concernsTable.findFirst({ where: (c, { eq }) => eq(c.reference, created.reference) }))!.id
  expect((await confidant.request('POST', `/api/v1/inbox/concerns/${concernId}/contacts`, { kind: 'phone', party: 'resident', minutes: 10 })).status).toBe(201)
  expect((await confidant.request('POST', `/api/v1/inbox/concerns/${concernId}/messages`, { body: MESSAGE })).status).toBe(201)
  expect((await confidant.request('POST', `/api/v1/inbox/concerns/${concernId}/status`, { status: 'closed', supportGiven: ['mediation'], outcome: 'partly-resolved' })).status).toBe(204)
})
afterAll(() => app?.close())

describe('/volg without scripts shows what the scripted follow-up shows', () => {
  it('a closed concern in Polish: its stages, the outcome, what the resident can still do, and the messages', async () => {
    const json = (await (await fetch(`${app.url}/api/v1/concerns/${created.reference}`, { headers: { 'Follow-Up-Code': created.followUpCode } })).json()) as ConcernFollowUp
    const response = await lookUp({ lang: 'pl', reference: created.reference.toLowerCase(), code: created.followUpCode.replaceAll('-', ' ') })
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('<html lang="pl" dir="ltr">')
    const page = text(html)
    const t = pageText('pl')
    for (const said of [t(STAGE_TEXTS.title), t(OUTCOME_TEXTS[json.outcome!]), t(STAGE_TEXTS.nextTitle), t(STAGE_TEXTS.complaint), t(STAGE_TEXTS.nationalOmbudsman), t(VOLG_TEXTS.messages)])
      expect(page).toContain(said)
    for (const message of json.messages) expect(page).toContain(message.body)
    expect(html).toContain(`href="${json.nextSteps!.complaintProcedureUrl}"`)
    expect(html).toContain(`href="${json.nextSteps!.ombudsman.url}"`)
    // The code is posted and kept in the page's forms only, never in a link.
    expect(html).not.toMatch(new RegExp(`href="[^"]*${created.followUpCode}`))
  })

  it('answers a wrong code like an unknown reference, counts it, and after the limit says when to try again', async () => {
    const wrong = { lang: 'nl', reference: created.reference, code: 'ABCD-EFGH-JKMN-PQRS' }
    for (let attempt = 0; attempt < 3; attempt++) {
      const response = await lookUp(wrong)
      expect(response.status).toBe(404)
      expect(await response.text()).toContain('Wij vinden geen melding met dit kenmerk en deze code.')
    }
    const blocked = await lookUp({ ...wrong, code: created.followUpCode })
    expect(blocked.status).toBe(429)
    expect(Number(blocked.headers.get('Retry-After'))).toBeGreaterThan(0)
    const page = await blocked.text()
    expect(page).toMatch(/U heeft het te vaak geprobeerd. Probeer het om \d\d:\d\d opnieuw./)
    expect(page).not.toContain(MESSAGE)
  })
})
