import type { CaseDetail, ConcernCreated, InboxList } from '@klankbord/contract'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMunicipality } from '../../api/src/services/municipalities/municipality-admin.js'
import { runRetention } from '../../api/src/services/retention/run-retention.js'
import { systemContext } from '../../api/src/services/shared/service-context.js'
import { concernBody, postConcern } from '../support/concern-body.js'
import { startSmtpReceiver } from '../support/smtp-receiver.js'
import { createStaff, login, postJson, type Session } from '../support/staff.js'
import { countRows, STORE_KINDS } from '../support/stores.js'
import { startTestApp, type TestApp } from '../support/test-app.js'

const SECRET = {
  description: 'Mevrouw Zonnebloem-Plantinga kreeg geen antwoord over haar traplift.',
  email: 'zonnebloem.inbox@example.nl',
  note: 'Gebeld met dochter Griet Kwikstaart, zij regelt de post.',
  message: 'Kunt u mij morgen bellen over de traplift?',
  reply: 'Ja graag, na 14 uur ben ik thuis. Groet, Zonnebloem',
  organisation: 'Zorgbureau Kwikstaart',
}

async function rows(app: TestApp, query: string): Promise<Record<string, unknown>[]> {
  return ((await app.store.db.execute(sql.raw(query))) as unknown as { rows: Record<string, unknown>[] }).rows
}

for (const store of STORE_KINDS) {
  describe.skipIf(!store.available())(`case work on ${store.kind}`, () => {
    let app: TestApp
    let confidant: Session
    let colleagueId: string
    let municipalityId: string
    let created: ConcernCreated
    let concernId: string

    const followUp = (path = '', init: RequestInit = {}) =>
      fetch(`${app.url}/api/v1/concerns/${created.reference}${path}`, { ...init, headers: { 'Follow-Up-Code': created.followUpCode, ...init.headers } })
    const getCase = async () => (await (await confidant.request('GET', `/api/v1/inbox/concerns/${concernId}`)).json()) as CaseDetail
    const auditNames = async () => (await rows(app, `select name from audit_log where object_id = '${concernId}' order by id`)).map((r) => r.name)

    beforeAll(async () => {
      app = await startTestApp({ store: await store.open(), config: { proofOfWork: false, rateLimit: false } })
      municipalityId = (await app.deps.store.db.query.municipalitiesTable.findFirst())!.id
      confidant = await login(app, await createStaff(app, 'confidant', [municipalityId], 'Vera Vertrouwen'))
      colleagueId = (await createStaff(app, 'confidant', [municipalityId], 'Cor Collega')).id
      created = (await (
        await postConcern(app.url, concernBody({ description: SECRET.description, contact: { mode: 'email', email: SECRET.email }, organisation: SECRET.organisation, decisionDate: '2026-11-20' }))
      ).json()) as ConcernCreated
    })
    afterAll(() => app?.close())

    it('a new concern from the widget appears in the inbox, newest first, with counts and deadlines', async () => {
      const list = (await (await confidant.request('GET', '/api/v1/inbox/concerns')).json()) as InboxList
      const item = list.items.find((i) => i.reference === created.reference)!
      expect(item).toMatchObject({ status: 'new', domain: 'wmo', channel: 'widget-inline', contactMode: 'email', assignee: null, unreadMessages: 0, erased: false })
      expect(item.partner?.name).toBeTruthy()
      // Six weeks end on New Year's Day, a public holiday: the term runs to the next working day (Algemene termijnenwet).
      expect(item.objectionDeadline).toBe('2027-01-04')
      expect(list.counts.new).toBeGreaterThanOrEqual(1)
      expect(JSON.stringify(list)).not.toContain(SECRET.email)
      expect(JSON.stringify(list)).not.toContain('traplift')
      concernId = item.id
    })

    it('filters by status, domain, kind, assignee, reference, overdue and objection term', async () => {
      const ids = async (query: string) => ((await (await confidant.request('GET', `/api/v1/inbox/concerns?${query}`)).json()) as InboxList).items.map((i) => i.id)
      expect(await ids('status=new')).toContain(concernId)
      expect(await ids('status=closed')).not.toContain(concernId)
      expect(await ids('domain=wmo')).toContain(concernId)
      expect(await ids('domain=youth')).not.toContain(concernId)
      expect(await ids('kind=agreements')).toContain(concernId)
      expect(await ids('kind=treatment')).not.toContain(concernId)
      expect(await ids('assignee=none')).toContain(concernId)
      expect(await ids(`reference=${created.reference.slice(3, 7).toLowerCase()}`)).toContain(concernId)
      expect(await ids('reference=KB-ZZZZ')).not.toContain(concernId)
      expect(await ids('overdue=true')).not.toContain(concernId)
      const soon = (await (await postConcern(app.url, concernBody({ decisionDate: new Date(app.deps.now().getTime() - 35 * 86_400_000).toISOString().slice(0, 10) }))).json()) as ConcernCreated
      const soonIds = await ids('objectionSoon=true')
      expect(soonIds).not.toContain(concernId)
      expect(((await (await confidant.request('GET', `/api/v1/inbox/concerns?objectionSoon=true&reference=${soon.reference}`)).json()) as InboxList).total).toBe(1)
      const partners = (await (await confidant.request('GET', '/api/v1/inbox/partners')).json()) as { items: { id: string; name: string }[] }
      const partnerId = ((await (await confidant.request('GET', '/api/v1/inbox/concerns')).json()) as InboxList).items[0]!.partner!.id
      expect(partners.items.map((p) => p.id)).toContain(partnerId)
      expect(await ids(`partner=${partnerId}`)).toContain(concernId)
      const bad = await confidant.request('GET', '/api/v1/inbox/concerns?status=open&colour=red')
      expect(bad.status).toBe(400)
      expect(((await bad.json()) as { invalidParams: { name: string }[] }).invalidParams.map((p) => p.name).sort()).toEqual(['colour', 'status'])
    })

    it('the version changes when a concern arrives, so the inbox can refresh without reload', async () => {
      const version = async () => ((await (await confidant.request('GET', '/api/v1/inbox/version')).json()) as { version: string }).version
      const before = await version()
      await postConcern(app.url, concernBody({ domain: 'youth' }))
      expect(await version()).not.toBe(before)
    })

    it('the case view decrypts what the resident wrote, and every read is in the audit log without the data', async () => {
      const detail = await getCase()
      expect(detail.description).toBe(SECRET.description)
      expect(detail.organisation).toBe(SECRET.organisation)
      expect(detail.contact).toMatchObject({ mode: 'email', email: SECRET.email })
      expect(detail.events[0]?.type).toBe('created')
      await getCase()
      const reads = (await rows(app, `select * from audit_log where object_id = '${concernId}' and name = 'concern.read'`))
      expect(reads).toHaveLength(2)
      expect(reads[0]).toMatchObject({ actor_role: 'confidant', status_code: 'OK', object_type: 'concern', processing_activity: expect.stringContaining('casusbehandeling') })
      expect(String(reads[0]!.trace_id)).toMatch(/^[0-9a-f]{32}$/)
      expect(reads[0]!.origin).toBe('127.0.0.1')
    })

    it('assigns, notes, logs a call, a mediation contact with consent, and time; the first contact is recorded', async () => {
      expect((await confidant.request('POST', `/api/v1/inbox/concerns/${concernId}/assignment`, { assigneeId: colleagueId })).status).toBe(204)
      expect((await confidant.request('POST', `/api/v1/inbox/concerns/${concernId}/assignment`, { assigneeId: 'usr_unknown' })).status).toBe(400)
      expect((await confidant.request('POST', `/api/v1/inbox/concerns/${concernId}/notes`, { text: SECRET.note })).status).toBe(201)
      expect((await confidant.request('POST', `/api/v1/inbox/concerns/${concernId}/contacts`, { kind: 'phone', party: 'resident', minutes: 20, summary: 'Eerste gesprek' })).status).toBe(201)
      const noConsent = await confidant.request('POST', `/api/v1/inbox/concerns/${concernId}/contacts`, { kind: 'email', party: 'organisation', minutes: 10, organisation: SECRET.organisation })
      expect(noConsent.status).toBe(400)
      expect((await confidant.request('POST', `/api/v1/inbox/concerns/${concernId}/consents`, { organisation: SECRET.organisation, organisationKind: 'care-provider', how: 'phone' })).status).toBe(201)
      const mediation = await confidant.request('POST', `/api/v1/inbox/concerns/${concernId}/contacts`, { kind: 'email', party: 'organisation', minutes: 10, organisation: SECRET.organisation, organisationKind: 'care-provider', consent: true })
      expect(mediation.status).toBe(201)
      expect((await confidant.request('POST', `/api/v1/inbox/concerns/${concernId}/time`, { minutes: 15, activity: 'Brief opgesteld' })).status).toBe(201)
      const detail = await getCase()
      expect(detail.item.assignee?.name).toBe('Cor Collega')
      expect(detail.item.firstContactAt).not.toBeNull()
      expect(detail.minutesSpent).toBe(45)
      const types = detail.events.map((e) => e.type)
      expect(types).toEqual(['created', 'assigned', 'note', 'contact', 'consent', 'contact', 'time'])
      expect(detail.events.find((e) => e.type === 'note')?.text).toBe(SECRET.note)
      expect(detail.events.filter((e) => e.type === 'contact')[1]).toMatchObject({ party: 'organisation', consent: true, organisation: SECRET.organisation, organisationKind: 'care-provider', minutes: 10 })
      expect(await auditNames()).toEqual(expect.arrayContaining(['concern.assign', 'concern.note', 'concern.contact', 'concern.consent', 'concern.time']))
    })

    it('messages the anonymous resident, who reads and answers with reference and code', async () => {
      expect((await confidant.request('POST', `/api/v1/inbox/concerns/${concernId}/messages`, { body: SECRET.message })).status).toBe(201)
      const seen = (await (await followUp()).json()) as { messages: { from: string; body: string }[] }
      expect(seen.messages).toEqual([expect.objectContaining({ from: 'confidant', body: SECRET.message })])
      const answer = await followUp('/messages', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ body: SECRET.reply }) })
      expect(answer.status).toBe(201)
      const wrongCode = await fetch(`${app.url}/api/v1/concerns/${created.reference}/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Follow-Up-Code': 'AAAA-BBBB-CCCC-DDDD' },
        body: JSON.stringify({ body: 'x' }),
      })
      expect(wrongCode.status).toBe(404)
      const listed = ((await (await confidant.request('GET', '/api/v1/inbox/concerns')).json()) as InboxList).items.find((i) => i.id === concernId)!
      expect(listed.unreadMessages).toBe(1)
      const detail = await getCase()
      expect(detail.events.filter((e) => e.type === 'message').map((e) => [e.sender, e.text])).toEqual([
        ['confidant', SECRET.message],
        ['resident', SECRET.reply],
      ])
      const after = ((await (await confidant.request('GET', '/api/v1/inbox/concerns')).json()) as InboxList).items.find((i) => i.id === concernId)!
      expect(after.unreadMessages).toBe(0)
      expect(detail.mailConfigured).toBe(false)
    })

    it('closing needs support given and an outcome; reopening is possible and recorded', async () => {
      const path = `/api/v1/inbox/concerns/${concernId}/status`
      expect((await confidant.request('POST', path, { status: 'new' })).status).toBe(409)
      expect((await confidant.request('POST', path, { status: 'in-progress' })).status).toBe(204)
      expect((await confidant.request('POST', path, { status: 'waiting-organisation' })).status).toBe(204)
      const incomplete = await confidant.request('POST', path, { status: 'closed', supportGiven: ['mediation'] })
      expect(incomplete.status).toBe(400)
      expect(((await incomplete.json()) as { invalidParams: { name: string }[] }).invalidParams[0]?.name).toBe('outcome')
      expect((await confidant.request('POST', path, { status: 'closed', supportGiven: ['mediation', 'advice'], outcome: 'resolved' })).status).toBe(204)
      expect((await confidant.request('POST', path, { status: 'waiting-resident' })).status).toBe(409)
      expect((await confidant.request('POST', path, { status: 'in-progress' })).status).toBe(204)
      let detail = await getCase()
      expect(detail.events.filter((e) => e.type === 'reopened')).toHaveLength(1)
      expect(detail.closedAt).toBeNull()
      expect((await confidant.request('POST', path, { status: 'closed', supportGiven: ['mediation'], outcome: 'resolved' })).status).toBe(204)
      detail = await getCase()
      expect(detail).toMatchObject({ supportGiven: ['mediation'], outcome: 'resolved' })
      expect(detail.item.status).toBe('closed')
      expect(await auditNames()).toEqual(expect.arrayContaining(['concern.status', 'concern.reopen']))
    })

    it('a confidant of another municipality cannot see or change the case (IDOR)', async () => {
      const other = await createMunicipality(systemContext(app.deps), { name: 'Andere Gemeente', retentionMonths: 12, settings: { confidantName: 'X', confidantPhone: '0800', walkInHours: '', privacyStatementUrl: 'https://example.nl/privacy', firstContactWorkingDays: 2 } })
      const outsider = await login(app, await createStaff(app, 'confidant', [other.id]))
      expect((await outsider.request('GET', `/api/v1/inbox/concerns/${concernId}`)).status).toBe(404)
      expect((await outsider.request('POST', `/api/v1/inbox/concerns/${concernId}/notes`, { text: 'x' })).status).toBe(404)
      expect((await outsider.request('POST', `/api/v1/inbox/concerns/${concernId}/messages`, { body: 'x' })).status).toBe(404)
      expect((await outsider.request('POST', `/api/v1/inbox/concerns/${concernId}/assignment`, { assigneeId: null })).status).toBe(404)
      const list = (await (await outsider.request('GET', '/api/v1/inbox/concerns')).json()) as InboxList
      expect(list.items).toHaveLength(0)
      expect(list.total).toBe(0)
      const confidants = (await (await outsider.request('GET', '/api/v1/inbox/confidants')).json()) as { items: { name: string }[] }
      expect(confidants.items.map((c) => c.name)).not.toContain('Cor Collega')
      const signal = (await (await confidant.request('POST', '/api/v1/inbox/signals', { municipalityId, domain: 'wmo', theme: 'Traplift', text: 'Aanvragen voor een traplift blijven lang liggen.' })).json()) as { id: string }
      expect((await outsider.request('PATCH', `/api/v1/inbox/signals/${signal.id}`, { status: 'shared' })).status).toBe(404)
      expect(((await (await outsider.request('GET', '/api/v1/inbox/signals')).json()) as { items: unknown[] }).items).toHaveLength(0)
      expect((await outsider.request('POST', '/api/v1/inbox/signals', { municipalityId, domain: 'wmo', theme: 't', text: 'x' })).status).toBe(400)
    })

    it('signals: a personal-data warning unless accepted, and the way to "improved" with the response', async () => {
      const warned = await confidant.request('POST', '/api/v1/inbox/signals', { municipalityId, concernId, domain: 'wmo', theme: 'Bereikbaarheid', text: 'Mevrouw Jansen (06-12345678) wacht al weken op de consulent.' })
      expect(warned.status).toBe(422)
      const problem = (await warned.json()) as { type: string; hits: { field: string; type: string }[] }
      expect(problem.type).toBe('urn:klankbord:problem:personal-data-suspected')
      expect(problem.hits.map((h) => h.type)).toContain('TELEFOON')
      const clean = await confidant.request('POST', '/api/v1/inbox/signals', { municipalityId, concernId, domain: 'wmo', theme: 'Bereikbaarheid', text: 'Inwoners wachten weken op een terugbelverzoek van het Wmo-loket.' })
      expect(clean.status).toBe(201)
      const signal = (await clean.json()) as { id: string; status: string; concern: { reference: string } }
      expect(signal).toMatchObject({ status: 'new', concern: { reference: created.reference } })
      for (const status of ['shared', 'answered', 'improved'])
        expect((await confidant.request('PATCH', `/api/v1/inbox/signals/${signal.id}`, { status, ...(status === 'answered' ? { response: 'Het loket belt voortaan binnen twee werkdagen terug.' } : {}) })).status).toBe(200)
      const [row] = await rows(app, `select status, response, shared_at, answered_at, improved_at from signals where id = '${signal.id}'`)
      expect(row).toMatchObject({ status: 'improved', response: 'Het loket belt voortaan binnen twee werkdagen terug.' })
      expect(row!.shared_at && row!.answered_at && row!.improved_at).toBeTruthy()
    })

    it('the resident gets a copy of their data, then erasure removes exactly the personal data', async () => {
      const copy = (await (await followUp('/data')).json()) as Record<string, unknown>
      expect(copy).toMatchObject({ reference: created.reference, description: SECRET.description, organisation: SECRET.organisation, contact: { mode: 'email', email: SECRET.email } })
      expect(JSON.stringify(copy)).toContain(SECRET.note)
      expect(JSON.stringify(copy)).toContain(SECRET.reply)
      // Residents' addresses are in the audit log only as a keyed hash of the day, and go with the case.
      const residentOrigins = await rows(app, `select origin from audit_log where object_id = '${concernId}' and actor_role = 'resident'`)
      expect(residentOrigins.length).toBeGreaterThan(0)
      for (const { origin } of residentOrigins) expect(String(origin)).toMatch(/^r-[\w-]{16}$/)
      const statsBefore = await rows(app, `select domain, kinds, wish, support_given, outcome, channel, partner_id, created_at, closed_at from concerns where id = '${concernId}'`)
      expect((await followUp('/erasure', { method: 'POST' })).status).toBe(204)
      expect(await rows(app, `select name, origin from audit_log where object_id = '${concernId}' and origin is not null`)).toEqual([])
      const statsAfter = await rows(app, `select domain, kinds, wish, support_given, outcome, channel, partner_id, created_at, closed_at from concerns where id = '${concernId}'`)
      expect(statsAfter).toEqual(statsBefore)
      for (const table of ['concern_contacts', 'concern_texts', 'concern_messages']) expect(await rows(app, `select * from ${table} where concern_id = '${concernId}'`)).toEqual([])
      expect(await rows(app, `select * from concern_events where concern_id = '${concernId}' and text_cipher is not null`)).toEqual([])
      const detail = await getCase()
      expect(detail).toMatchObject({ description: null, organisation: null, contact: null })
      expect(detail.item.erased).toBe(true)
      expect(((await (await followUp()).json()) as { erased: boolean; messages: unknown[] })).toMatchObject({ erased: true, messages: [] })
      expect(await auditNames()).toEqual(expect.arrayContaining(['concern.data-copy', 'concern.erase', 'concern.message-from-resident', 'concern.follow-up-read']))
    })

    it('retention erases closed cases after the municipality\'s period, and nothing else', async () => {
      const keep = (await (await postConcern(app.url, concernBody({ description: 'Deze blijft open.' }))).json()) as ConcernCreated
      const due = (await (await postConcern(app.url, concernBody({ description: 'Deze wordt gesloten en later gewist.' }))).json()) as ConcernCreated
      const idOf = async (reference: string) => String((await rows(app, `select id from concerns where reference = '${reference}'`))[0]!.id)
      const dueId = await idOf(due.reference)
      const keepId = await idOf(keep.reference)
      await confidant.request('POST', `/api/v1/inbox/concerns/${dueId}/notes`, { text: 'Notitie die weg moet.' })
      // The nightly job as it would run on a later day.
      const at = (day: Date) => ({ ...systemContext(app.deps), now: () => day })
      expect((await confidant.request('POST', `/api/v1/inbox/concerns/${dueId}/status`, { status: 'closed', supportGiven: ['listening'], outcome: 'withdrawn' })).status).toBe(204)
      const soon = await runRetention(at(new Date(app.deps.now().getTime() + 11 * 30 * 86_400_000)), { dryRun: false })
      expect(soon.due.map((c) => c.reference)).not.toContain(due.reference)
      const later = new Date(app.deps.now().getTime() + 13 * 31 * 86_400_000)
      const dry = await runRetention(at(later), { dryRun: true })
      expect(dry.due.map((c) => c.reference)).toContain(due.reference)
      expect(await countRows(app.store, `concern_texts where concern_id = '${dueId}'`)).toBe(1)
      const run = await runRetention(at(later), { dryRun: false })
      expect(run.erased).toBeGreaterThanOrEqual(1)
      expect(await countRows(app.store, `concern_texts where concern_id = '${dueId}'`)).toBe(0)
      expect(await countRows(app.store, `concern_contacts where concern_id = '${dueId}'`)).toBe(0)
      expect(await countRows(app.store, `concern_events where concern_id = '${dueId}' and text_cipher is not null`)).toBe(0)
      expect(await countRows(app.store, `concerns where id = '${dueId}' and outcome = 'withdrawn' and erased_at is not null`)).toBe(1)
      expect(await countRows(app.store, `concern_texts where concern_id = '${keepId}'`)).toBe(1)
      expect(await countRows(app.store, `audit_log where object_id = '${dueId}' and name = 'concern.erase' and actor_role = 'system'`)).toBe(1)
    })

    it('a confidant enters a concern taken by phone, with the same contract and its channel', async () => {
      const body = { ...concernBody({ description: 'Telefonisch: de taxi voor het leerlingenvervoer kwam niet.', domain: 'school-transport' }), municipalityId, channel: 'phone' }
      delete (body as { partner?: string }).partner
      const response = await confidant.request('POST', '/api/v1/inbox/concerns', body)
      expect(response.status).toBe(201)
      const intake = (await response.json()) as ConcernCreated & { id: string }
      expect(intake.followUpCode).toMatch(/^[2-9A-Z]{4}(-[2-9A-Z]{4}){3}$/)
      expect((await confidant.request('GET', `/api/v1/inbox/concerns/${intake.id}`)).status).toBe(200)
      const item = ((await (await confidant.request('GET', `/api/v1/inbox/concerns?reference=${intake.reference}`)).json()) as InboxList).items[0]!
      expect(item).toMatchObject({ channel: 'phone', partner: null, domain: 'school-transport' })
      for (const residentChannel of ['widget-inline', 'widget-launcher', 'no-script', 'poster'])
        expect((await confidant.request('POST', '/api/v1/inbox/concerns', { ...body, channel: residentChannel })).status).toBe(400)
      // What the confidant noticed without anyone reporting it: the channel of their own intake, read back from the row.
      const own = (await (await confidant.request('POST', '/api/v1/inbox/concerns', { ...body, channel: 'own' })).json()) as ConcernCreated & { id: string }
      expect(await rows(app, `select channel, partner_id from concerns where id = '${own.id}'`)).toEqual([{ channel: 'own', partner_id: null }])
    })

    it('the audit log is append-only in the database itself', async () => {
      await expect(app.store.db.execute(sql.raw(`update audit_log set actor_role = 'x'`))).rejects.toThrow()
      await expect(app.store.db.execute(sql.raw(`update audit_log set origin = 'x'`))).rejects.toThrow()
      await expect(app.store.db.execute(sql.raw(`update audit_log set origin = null, name = 'x'`))).rejects.toThrow()
      await expect(app.store.db.execute(sql.raw(`delete from audit_log`))).rejects.toThrow()
      await expect(app.store.db.execute(sql.raw(`truncate audit_log`))).rejects.toThrow()
      expect(await countRows(app.store, 'audit_log')).toBeGreaterThan(10)
    })

    it('no personal data in the audit log, the events\' codes, the sessions or the server log', async () => {
      const dump = JSON.stringify(await rows(app, 'select * from audit_log')) + JSON.stringify(await rows(app, 'select id, type, data from concern_events')) + JSON.stringify(await rows(app, 'select * from sessions'))
      for (const value of [SECRET.email, 'Zonnebloem', 'Kwikstaart', 'traplift', SECRET.note]) {
        expect(dump).not.toContain(value)
        expect(app.logLines.join('\n')).not.toContain(value)
      }
    })

    it('administrators read and export the audit log; reading it is logged too', async () => {
      const admin = await login(app, await createStaff(app, 'administrator', []))
      const list = (await (await admin.request('GET', `/api/v1/admin/audit?objectId=${concernId}`)).json()) as { items: { name: string; actor: { name: string | null } }[] }
      expect(list.items.map((e) => e.name)).toContain('concern.read')
      expect(list.items.find((e) => e.name === 'concern.read')?.actor.name).toBe('Vera Vertrouwen')
      const csv = await admin.request('GET', `/api/v1/admin/audit?objectId=${concernId}&format=csv`)
      expect(csv.headers.get('content-type')).toContain('text/csv')
      const text = await csv.text()
      expect(text.split('\r\n')[0]).toBe('id,traceId,spanId,name,statusCode,startTime,endTime,actorId,actorName,actorRole,processingActivity,objectType,objectId,origin')
      expect(text).toContain('concern.read')
      expect(await countRows(app.store, `audit_log where name in ('audit-log.read', 'audit-log.export')`)).toBe(2)
    })
  })
}

describe('stored XSS', () => {
  it('markup in a description comes back as plain text in JSON, never as HTML', async () => {
    const app = await startTestApp({ config: { proofOfWork: false, rateLimit: false } })
    try {
      const municipalityId = (await app.deps.store.db.query.municipalitiesTable.findFirst())!.id
      const confidant = await login(app, await createStaff(app, 'confidant', [municipalityId]))
      const markup = '<img src=x onerror="alert(1)"><script>alert(2)</script>'
      await postJson(app, '/api/v1/concerns', concernBody({ description: markup }))
      const [item] = ((await (await confidant.request('GET', '/api/v1/inbox/concerns')).json()) as InboxList).items
      const response = await confidant.request('GET', `/api/v1/inbox/concerns/${item!.id}`)
      expect(response.headers.get('content-type')).toContain('application/json')
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(((await response.json()) as CaseDetail).description).toBe(markup)
    } finally {
      await app.close()
    }
  })
})

describe('e-mail notification', () => {
  it('tells a resident who chose e-mail that there is a message, without any of its content, and logs it', async () => {
    const smtp = await startSmtpReceiver()
    const app = await startTestApp({ config: { proofOfWork: false, rateLimit: false, smtpUrl: smtp.url, mailFrom: 'Klankbord <no-reply@example.nl>', publicUrl: 'https://klankbord.example.nl' } })
    try {
      const municipalityId = (await app.deps.store.db.query.municipalitiesTable.findFirst())!.id
      const confidant = await login(app, await createStaff(app, 'confidant', [municipalityId]))
      await postJson(app, '/api/v1/concerns', concernBody({ contact: { mode: 'email', email: 'melder.mail@example.nl' } }))
      const [item] = ((await (await confidant.request('GET', '/api/v1/inbox/concerns')).json()) as InboxList).items
      const detail = (await (await confidant.request('GET', `/api/v1/inbox/concerns/${item!.id}`)).json()) as CaseDetail
      expect(detail.mailConfigured).toBe(true)
      const secret = 'Uw aanvraag voor de traplift is besproken met consulent Pietersen.'
      expect((await confidant.request('POST', `/api/v1/inbox/concerns/${item!.id}/messages`, { body: secret })).status).toBe(201)
      await expect.poll(() => smtp.mails.length).toBe(1)
      const [mail] = smtp.mails
      expect(mail!.to).toEqual(['<melder.mail@example.nl>'])
      expect(mail!.data).toContain('https://klankbord.example.nl/volg')
      expect(mail!.data).not.toContain('traplift')
      expect(mail!.data).not.toContain('Pietersen')
      expect(mail!.data).not.toContain(item!.reference)
      expect(await countRows(app.store, `audit_log where object_id = '${item!.id}' and name = 'concern.notify' and status_code = 'OK'`)).toBe(1)
    } finally {
      await app.close()
      await smtp.close()
    }
  })
})
