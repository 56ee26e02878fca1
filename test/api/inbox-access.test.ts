import { apiPath } from '@klankbord/contract/api-path'
import { OPERATIONS, type Operation } from '@klankbord/contract/operations'
import type { Role } from '@klankbord/contract/vocabulary'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { concernBody, postConcern } from '../support/concern-body.js'
import { createStaff, login, type Session } from '../support/staff.js'
import { startTestApp, type TestApp } from '../support/test-app.js'

const ROLES_UNDER_TEST: Role[] = ['council', 'confidant', 'administrator']

let app: TestApp
const sessions = {} as Record<Role, Session>
const ids: Record<string, string> = {}

beforeAll(async () => {
  app = await startTestApp({ config: { proofOfWork: false, rateLimit: false } })
  const [municipality] = await app.deps.store.db.query.municipalitiesTable.findMany()
  for (const role of ROLES_UNDER_TEST) sessions[role] = await login(app, await createStaff(app, role, [municipality!.id]))
  const created = (await (await postConcern(app.url, concernBody())).json()) as { reference: string }
  const [concern] = await app.deps.store.db.query.concernsTable.findMany()
  ids.concern = concern!.id
  ids.reference = created.reference
  ids.municipality = municipality!.id
  const [partner] = await app.deps.store.db.query.partnersTable.findMany()
  ids.partner = partner!.id
  // A spare account for the user operations, so resetting it does not end the sessions under test.
  ids.user = (await createStaff(app, 'council', [municipality!.id])).id
})
afterAll(() => app.close())

type Row = Operation & { id: string }
const ROWS: Row[] = Object.entries(OPERATIONS).map(([id, op]) => ({ ...(op as Operation), id }))

/** A concrete URL for the operation, with ids that exist where the path has placeholders. */
function url(op: Operation): string {
  const id = op.path.startsWith('/admin/users') ? ids.user! : op.path.startsWith('/admin/partners') ? ids.partner! : op.path.startsWith('/admin/municipalities') ? ids.municipality! : ids.concern!
  const values: Record<string, string> = { id, reference: ids.reference!, key: 'demo-gemeente', table: 'concerns', year: '2025' }
  return (apiPath as (route: Operation, params: Record<string, string>) => string)(op, values)
}

/** An empty object: a role with access gets past the guard to validation (400) or succeeds; never 401 or 403. */
function call(op: Operation, session: Session | undefined): Promise<Response> {
  const body = op.body ? {} : undefined
  if (!session)
    return fetch(`${app.url}${url(op)}`, { method: op.method, headers: body ? { 'Content-Type': 'application/json' } : {}, body: body && JSON.stringify(body) })
  return session.request(op.method, url(op), body)
}

describe('every operation × every role', () => {
  const staffOps = ROWS.filter((op) => Array.isArray(op.access) && op.id !== 'logout' && op.id !== 'logoutEverywhere')

  it.each(staffOps.map((op) => [op.id, op] as const))('%s: anonymous gets 401 problem+json', async (_id, op) => {
    const response = await call(op, undefined)
    expect(response.status).toBe(401)
    expect(response.headers.get('content-type')).toContain('application/problem+json')
  })

  for (const role of ROLES_UNDER_TEST)
    it.each(staffOps.map((op) => [op.id, op] as const))(`%s as ${role}`, async (_id, op) => {
      const response = await call(op, sessions[role])
      const allowed = (op.access as readonly Role[]).includes(role)
      if (allowed) {
        expect([401, 403]).not.toContain(response.status)
        expect(response.status).toBeLessThan(500)
      } else {
        expect(response.status).toBe(403)
        expect(((await response.json()) as { type: string }).type).toBe('urn:klankbord:problem:forbidden')
      }
    })

  it.each(ROWS.filter((op) => op.access === 'public').map((op) => [op.id, op] as const))('%s is public: no login needed', async (_id, op) => {
    const response = await call(op, undefined)
    expect([401, 403]).not.toContain(response.status)
    expect(response.status).toBeLessThan(500)
  })

  it('case data is for confidants only: council and administrator never get it', () => {
    for (const op of ROWS.filter((o) => o.path.startsWith('/inbox/')))
      expect(op.access).toEqual(['confidant'])
  })

  it.each(ROWS.filter((op) => op.access === 'control-token').map((op) => [op.id, op] as const))('%s is local: no control token, 401 problem+json, also for staff', async (_id, op) => {
    for (const response of [await call(op, undefined), await call(op, sessions.administrator)]) {
      expect(response.status).toBe(401)
      expect(response.headers.get('content-type')).toContain('application/problem+json')
    }
  })

  it('logout works for every role, and the session is gone after it', async () => {
    for (const role of ROLES_UNDER_TEST) {
      const session = sessions[role]
      expect((await session.request('GET', '/api/v1/auth/session')).status).toBe(200)
      expect((await session.request('POST', '/api/v1/auth/logout')).status).toBe(204)
      expect((await session.request('GET', '/api/v1/auth/session')).status).toBe(401)
    }
  })
})
