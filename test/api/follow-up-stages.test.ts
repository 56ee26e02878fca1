import type { ConcernCreated, ConcernDataCopy, ConcernFollowUp, Municipality } from '@klankbord/contract'
import { ConcernFollowUp as ConcernFollowUpSchema } from '@klankbord/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { concernBody, postConcern } from '../support/concern-body.js'
import { createStaff, login, type Session } from '../support/staff.js'
import { STORE_KINDS } from '../support/stores.js'
import { startTestApp, type TestApp } from '../support/test-app.js'

for (const store of STORE_KINDS) {
  describe.skipIf(!store.available())(`where the resident's concern stands, on ${store.kind}`, () => {
    let app: TestApp
    let confidant: Session
    let admin: Session
    let municipality: Municipality
    let created: ConcernCreated
    let concernId: string

    const followUp = async (path = '') => {
      const response = await fetch(`${app.url}/api/v1/concerns/${created.reference}${path}`, { headers: { 'Follow-Up-Code': created.followUpCode } })
      expect(response.status).toBe(200)
      return response.json()
    }
    const stands = async () => ConcernFollowUpSchema.parse(await followUp()) as ConcernFollowUp
    const inCase = (path: string, body: unknown) => confidant.request('POST', `/api/v1/inbox/concerns/${concernId}${path}`, body)
    const saveMunicipality = (settings: Record<string, unknown>) =>
      admin.request('PATCH', `/api/v1/admin/municipalities/${municipality.id}`, { name: municipality.name, retentionMonths: municipality.retentionMonths, settings: { ...municipality.settings, ...settings } })

    beforeAll(async () => {
      app = await startTestApp({ store: await store.open(), config: { proofOfWork: false, rateLimit: false } })
      const row = (await app.deps.store.db.query.municipalitiesTable.findFirst())!
      admin = await login(app, await createStaff(app, 'administrator', []))
      confidant = await login(app, await createStaff(app, 'confidant', [row.id]))
      municipality = ((await (await admin.request('GET', '/api/v1/admin/municipalities')).json()) as { items: Municipality[] }).items.find((m) => m.id === row.id)!
      created = (await (await postConcern(app.url, concernBody({ decisionDate: '2026-11-20' }))).json()) as ConcernCreated
      concernId = (await app.deps.store.db.query.concernsTable.findFirst({ where: (c, { eq }) => eq(c.reference, created.reference) }))!.id
    })
    afterAll(() => app?.close())

    it('received: no first contact, no outcome, no next steps yet; the last day to object is known from the decision date', async () => {
      expect(await stands()).toMatchObject({
        status: 'new',
        firstContactBy: created.firstContactBy,
        firstContactAt: null,
        closedAt: null,
        outcome: null,
        nextSteps: null,
        decisionDate: '2026-11-20',
        // Six weeks end on New Year's Day, a public holiday: the term runs to the next working day.
        objectionDeadline: '2027-01-04',
      })
      const anonymous = (await (await postConcern(app.url, concernBody({ contact: { mode: 'none' } }))).json()) as ConcernCreated
      const without = (await (await fetch(`${app.url}/api/v1/concerns/${anonymous.reference}`, { headers: { 'Follow-Up-Code': anonymous.followUpCode } })).json()) as ConcernFollowUp
      expect(without).toMatchObject({ decisionDate: null, objectionDeadline: null })
    })

    it('first contact made: the moment the confidant first spoke to the resident, kept when more contacts follow', async () => {
      expect((await inCase('/contacts', { kind: 'phone', party: 'organisation', minutes: 5, organisation: 'Wmo-loket', organisationKind: 'municipal-team', consent: true })).status).toBe(201)
      expect((await stands()).firstContactAt).toBeNull()
      expect((await inCase('/contacts', { kind: 'phone', party: 'resident', minutes: 20 })).status).toBe(201)
      const first = (await stands()).firstContactAt
      expect(first).toEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT/))
      app.clock.advance(60_000)
      expect((await inCase('/messages', { body: 'Ik bel u morgen terug.' })).status).toBe(201)
      expect((await stands()).firstContactAt).toBe(first)
      expect((await inCase('/status', { status: 'waiting-organisation' })).status).toBe(204)
      expect(await stands()).toMatchObject({ status: 'waiting-organisation', outcome: null, nextSteps: null })
    })

    it('closed: the outcome and where to go next, the National Ombudsman unless the municipality has its own', async () => {
      expect((await inCase('/status', { status: 'closed', supportGiven: ['mediation'], outcome: 'partly-resolved' })).status).toBe(204)
      const closed = await stands()
      expect(closed).toMatchObject({
        status: 'closed',
        outcome: 'partly-resolved',
        objectionDeadline: '2027-01-04',
        nextSteps: {
          municipality: municipality.name,
          complaintProcedureUrl: 'https://www.example.nl/klacht-indienen',
          ombudsman: { kind: 'national', name: 'Nationale ombudsman', url: 'https://www.nationaleombudsman.nl/' },
        },
      })
      expect(Date.parse(closed.closedAt!)).toBeGreaterThanOrEqual(Date.parse(closed.firstContactAt!))

      // Without a complaint-procedure link the resident is told to ask the municipality (the widget's text).
      const { complaintProcedureUrl: _, ...withoutLink } = municipality.settings
      expect((await admin.request('PATCH', `/api/v1/admin/municipalities/${municipality.id}`, { name: municipality.name, retentionMonths: municipality.retentionMonths, settings: withoutLink })).status).toBe(200)
      expect((await stands()).nextSteps?.complaintProcedureUrl).toBeNull()

      const links = { complaintProcedureUrl: 'https://www.example.nl/klacht-indienen', ombudsman: { name: 'Ombudsman Voorbeeldregio', url: 'https://www.example.nl/ombudsman' } }
      expect((await saveMunicipality(links)).status).toBe(200)
      expect((await stands()).nextSteps).toEqual({
        municipality: municipality.name,
        complaintProcedureUrl: links.complaintProcedureUrl,
        ombudsman: { kind: 'municipal', ...links.ombudsman },
      })
      const listed = ((await (await admin.request('GET', '/api/v1/admin/municipalities')).json()) as { items: Municipality[] }).items.find((m) => m.id === municipality.id)!
      expect(listed.settings).toMatchObject(links)
    })

    it('the copy of the data carries first contact, closing, support given and outcome', async () => {
      const copy = (await followUp('/data')) as ConcernDataCopy
      expect(copy).toMatchObject({ status: 'closed', outcome: 'partly-resolved', supportGiven: ['mediation'] })
      expect(copy.firstContactAt).toBe((await stands()).firstContactAt)
      expect(copy.closedAt).toBe((await stands()).closedAt)
    })

    it('reopened: the earlier outcome and next steps are no longer shown', async () => {
      expect((await inCase('/status', { status: 'in-progress' })).status).toBe(204)
      expect(await stands()).toMatchObject({ status: 'in-progress', closedAt: null, outcome: null, nextSteps: null })
    })

    it('refuses a municipal ombudsman without a link or name, naming the field', async () => {
      for (const ombudsman of [{ name: 'Ombudsman' }, { url: 'https://www.example.nl/ombudsman' }, { name: '', url: 'https://www.example.nl/ombudsman' }]) {
        const response = await saveMunicipality({ ombudsman })
        expect(response.status).toBe(400)
        const names = ((await response.json()) as { invalidParams: { name: string }[] }).invalidParams.map((p) => p.name)
        expect(names[0]).toMatch(/^settings\.ombudsman\.(name|url)$/)
      }
    })
  })
}
