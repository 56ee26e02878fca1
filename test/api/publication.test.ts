import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMunicipality } from '../../api/src/services/municipalities/municipality-admin.js'
import { systemContext } from '../../api/src/services/shared/service-context.js'
import { createStaff, login, type Session } from '../support/staff.js'
import { startTestApp, type TestApp } from '../support/test-app.js'

const SETTINGS = { confidantName: 'X', confidantPhone: '0800', walkInHours: '', privacyStatementUrl: 'https://example.nl/privacy', firstContactWorkingDays: 2 }

describe('the administrator makes the dashboard, statistics and report public', () => {
  let app: TestApp
  let admin: Session
  beforeAll(async () => {
    app = await startTestApp({ config: { proofOfWork: false, rateLimit: false } })
    admin = await login(app, await createStaff(app, 'administrator', []))
  })
  afterAll(() => app?.close())

  it('is private at first; the switch opens the statistics to everyone and closes them again, and is logged', async () => {
    expect(await (await admin.request('GET', '/api/v1/admin/publication')).json()).toEqual({ statisticsPublic: false })
    expect((await fetch(`${app.url}/api/v1/statistics`)).status).toBe(401)
    const opened = await admin.request('PATCH', '/api/v1/admin/publication', { statisticsPublic: true })
    expect(await opened.json()).toEqual({ statisticsPublic: true })
    expect((await fetch(`${app.url}/api/v1/statistics`)).status).toBe(200)
    // Only the statistics: case data stays behind the login.
    expect((await fetch(`${app.url}/api/v1/inbox/concerns`)).status).toBe(401)
    await admin.request('PATCH', '/api/v1/admin/publication', { statisticsPublic: false })
    expect((await fetch(`${app.url}/api/v1/statistics`)).status).toBe(401)
    const audit = (await (await admin.request('GET', '/api/v1/admin/audit')).json()) as { items: { name: string; objectType: string }[] }
    expect(audit.items.filter((i) => i.objectType === 'setting').map((i) => i.name)).toEqual(['publication.private', 'publication.public'])
  })

  it('refuses bad input with a problem, and anyone but an administrator', async () => {
    const bad = await admin.request('PATCH', '/api/v1/admin/publication', { statisticsPublic: 'ja' })
    expect(bad.status).toBe(400)
    expect(bad.headers.get('content-type')).toContain('application/problem+json')
    const council = await login(app, await createStaff(app, 'council', []))
    expect((await council.request('PATCH', '/api/v1/admin/publication', { statisticsPublic: true })).status).toBe(403)
  })

  it('KLANKBORD_PUBLIC_STATISTICS=on opens them at start, and the administrator can still close them', async () => {
    const open = await startTestApp({ config: { proofOfWork: false, rateLimit: false, publicStatistics: true } })
    try {
      expect((await fetch(`${open.url}/api/v1/statistics`)).status).toBe(200)
      const openAdmin = await login(open, await createStaff(open, 'administrator', []))
      await openAdmin.request('PATCH', '/api/v1/admin/publication', { statisticsPublic: false })
      expect((await fetch(`${open.url}/api/v1/statistics`)).status).toBe(401)
    } finally {
      await open.close()
    }
  })
})

describe("the confidant's recommendations for the annual report", () => {
  let app: TestApp
  let confidant: Session
  let municipalityId: string
  beforeAll(async () => {
    app = await startTestApp({ config: { proofOfWork: false, rateLimit: false } })
    municipalityId = (await app.deps.store.db.query.municipalitiesTable.findFirst())!.id
    confidant = await login(app, await createStaff(app, 'confidant', [municipalityId]))
  })
  afterAll(() => app?.close())

  it('are written, warned about personal data, and followed up with what the municipality did', async () => {
    const warned = await confidant.request('POST', '/api/v1/inbox/recommendations', { municipalityId, year: 2025, text: 'Bel mevrouw De Vries op 06-12345678 terug.' })
    expect(warned.status).toBe(422)
    const created = await confidant.request('POST', '/api/v1/inbox/recommendations', { municipalityId, year: 2025, text: 'Leg besluiten over huishoudelijke hulp uit in gewone taal.' })
    expect(created.status).toBe(201)
    const { id } = (await created.json()) as { id: string }
    const updated = await confidant.request('PATCH', `/api/v1/inbox/recommendations/${id}`, { status: 'in-progress', response: 'Alle brieven worden dit jaar herschreven.' })
    expect(await updated.json()).toMatchObject({ id, year: 2025, status: 'in-progress', response: 'Alle brieven worden dit jaar herschreven.' })
    const list = (await (await confidant.request('GET', '/api/v1/inbox/recommendations')).json()) as { items: { id: string }[] }
    expect(list.items.map((i) => i.id)).toContain(id)
    expect((await confidant.request('POST', '/api/v1/inbox/recommendations', { municipalityId, year: 1890, text: 'x' })).status).toBe(400)
    expect((await confidant.request('PATCH', `/api/v1/inbox/recommendations/${id}`, { status: 'maybe' })).status).toBe(400)
  })

  it("another municipality's confidant neither sees nor changes them", async () => {
    const { id } = (await (await confidant.request('POST', '/api/v1/inbox/recommendations', { municipalityId, year: 2026, text: 'Maak het loket ook na vijf uur bereikbaar.' })).json()) as { id: string }
    const other = await createMunicipality(systemContext(app.deps), { name: 'Buurgemeente', retentionMonths: 12, settings: SETTINGS })
    const outsider = await login(app, await createStaff(app, 'confidant', [other.id]))
    expect((await outsider.request('PATCH', `/api/v1/inbox/recommendations/${id}`, { status: 'done' })).status).toBe(404)
    expect(((await (await outsider.request('GET', '/api/v1/inbox/recommendations')).json()) as { items: unknown[] }).items).toEqual([])
    expect((await outsider.request('POST', '/api/v1/inbox/recommendations', { municipalityId, year: 2026, text: 'Iets.' })).status).toBe(400)
  })
})
