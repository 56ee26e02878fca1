import type { Problem } from '@klankbord/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { concernBody, postConcern } from '../support/concern-body.js'
import { createStaff, login, type Session } from '../support/staff.js'
import { startTestApp, type TestApp } from '../support/test-app.js'

let app: TestApp
let admin: Session
let confidant: Session
let municipalityId: string

beforeAll(async () => {
  app = await startTestApp({ config: { proofOfWork: false, rateLimit: false } })
  municipalityId = (await app.deps.store.db.query.municipalitiesTable.findFirst())!.id
  admin = await login(app, await createStaff(app, 'administrator', []))
  confidant = await login(app, await createStaff(app, 'confidant', [municipalityId]))
})
afterAll(() => app.close())

const settings = { confidantName: 'Vertrouwenspersoon', confidantPhone: '020 1234567', walkInHours: 'Dinsdag 9 tot 12 uur', privacyStatementUrl: 'https://www.example.nl/privacy', firstContactWorkingDays: 2 }
const municipality = (overrides: Record<string, unknown> = {}) => ({ name: 'Gemeente Proef', retentionMonths: 24, settings, ...overrides })

/** A 400 validation problem that names the field, in the language asked for; never a 500. */
async function expectRefused(response: Response, field: string, code = 'control-character'): Promise<Problem> {
  expect(response.status, `${field}: ${response.status}`).toBe(400)
  expect(response.headers.get('content-type')).toBe('application/problem+json')
  const problem = (await response.json()) as Problem
  expect(problem.type).toBe('urn:klankbord:problem:validation-failed')
  expect(problem.invalidParams, JSON.stringify(problem.invalidParams)).toContainEqual(expect.objectContaining({ name: field, code }))
  return problem
}

describe('control characters in what staff and residents type', () => {
  it('refuses NUL in a signal theme or text, and in a recommendation, with a 400 naming the field', async () => {
    const signal = { municipalityId, domain: 'wmo', theme: 'Wachttijd', text: 'De wachttijd is lang.' }
    await expectRefused(await confidant.request('POST', '/api/v1/inbox/signals', { ...signal, theme: 'Wacht\u0000tijd' }), 'theme')
    await expectRefused(await confidant.request('POST', '/api/v1/inbox/signals', { ...signal, text: 'De wachttijd\u0000 is lang.' }), 'text')
    await expectRefused(await confidant.request('POST', '/api/v1/inbox/recommendations', { municipalityId, year: 2025, text: 'Bel\u0000 terug.' }), 'text')
    await expectRefused(await confidant.request('POST', '/api/v1/inbox/recommendations', { municipalityId, year: 2025, text: 'Bel\u007f terug.' }), 'text')
    await expectRefused(await confidant.request('POST', '/api/v1/inbox/signals', { ...signal, theme: 'Wachttijd\u0085' }), 'theme')
  })

  it('keeps line breaks and tabs in multi-line text, but no lone carriage return and no line break in a one-line field', async () => {
    const signal = { municipalityId, domain: 'wmo', theme: 'Wachttijd', text: 'Eerste regel.\r\nTweede regel.\n\tInsprong.' }
    const created = await confidant.request('POST', '/api/v1/inbox/signals', signal)
    expect(created.status, await created.clone().text()).toBe(201)
    await expectRefused(await confidant.request('POST', '/api/v1/inbox/signals', { ...signal, text: 'Eerste\rtweede' }), 'text')
    await expectRefused(await confidant.request('POST', '/api/v1/inbox/signals', { ...signal, theme: 'Wacht\ntijd' }), 'theme')
  })

  it('refuses NUL in a municipality patch, also for an id that does not exist, and a NUL in the id is a 404', async () => {
    await expectRefused(await admin.request('PATCH', '/api/v1/admin/municipalities/mun_bestaat_niet', municipality({ name: 'Gemeente\u0000Proef' })), 'name')
    await expectRefused(await admin.request('PATCH', `/api/v1/admin/municipalities/${municipalityId}`, municipality({ settings: { ...settings, walkInHours: 'Di\u0000' } })), 'settings.walkInHours')
    const unknownId = await admin.request('PATCH', '/api/v1/admin/municipalities/mun%00', municipality())
    expect(unknownId.status).toBe(404)
    expect((await fetch(`${app.url}/api/v1/partners/demo%00`)).status).toBe(404)
    expect((await fetch(`${app.url}/api/v1/concerns/KB-%00`)).status).toBe(404)
  })

  it("refuses NUL in a user's name, on creation and on a change", async () => {
    await expectRefused(await admin.request('POST', '/api/v1/admin/users', { email: 'nul@example.nl', name: 'Jan\u0000', role: 'council', municipalityIds: [municipalityId] }), 'name')
    await expectRefused(await admin.request('PATCH', '/api/v1/admin/users/usr_bestaat_niet', { name: '\u0000' }), 'name')
    await expectRefused(await admin.request('POST', '/api/v1/admin/users', { email: 'nul@example.nl', name: 'Jan', role: 'council', municipalityIds: ['mun\u0000'] }), 'municipalityIds.0')
  })

  it('refuses NUL in a query parameter', async () => {
    await expectRefused(await confidant.request('GET', '/api/v1/inbox/concerns?reference=KB%00'), 'reference')
    await expectRefused(await admin.request('GET', '/api/v1/admin/audit?objectId=%00'), 'objectId')
  })

  it("explains it to a resident in Dutch and English, and keeps the resident's own writing, Arabic and bidi marks included", async () => {
    const dutch = await expectRefused(await postConcern(app.url, concernBody({ description: 'Mijn verhaal\u0000' })), 'description')
    expect(dutch.invalidParams![0]!.reason).toMatch(/^Uw verhaal: .*stuurteken/)
    const english = await expectRefused(await postConcern(app.url, concernBody({ locale: 'en', contact: { mode: 'email', email: 'a@example.nl', name: 'Ann\u001b' } })), 'contact.name')
    expect(english.invalidParams![0]!.reason).toMatch(/^Name: .*control character/)
    const arabic = await postConcern(app.url, concernBody({ description: 'مرحبا، de hulp \u202Bkomt\u202C niet.\nTweede regel.' }))
    expect(arabic.status).toBe(201)
  })
})
