import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createStaff, login } from '../support/staff.js'
import { startTestApp, type TestApp } from '../support/test-app.js'

const sessionWith = (app: TestApp, cookie: string) => fetch(`${app.url}/api/v1/auth/session`, { headers: { Cookie: cookie } })

describe('the session cookie behind HTTPS', () => {
  let app: TestApp
  beforeAll(async () => {
    app = await startTestApp({ config: { proofOfWork: false, publicUrl: 'https://klankbord.example.nl' } })
  })
  afterAll(() => app.close())

  it('is only accepted with the __Host- prefix it was set with', async () => {
    const municipalityId = (await app.deps.store.db.query.municipalitiesTable.findFirst())!.id
    const session = await login(app, await createStaff(app, 'confidant', [municipalityId]))
    expect(session.cookie).toMatch(/^__Host-klankbord-session=/)
    const token = session.cookie.split('=')[1]!
    expect((await sessionWith(app, `__Host-klankbord-session=${token}`)).status).toBe(200)
    // A cookie without the prefix can be planted by a sibling subdomain or over plain http.
    expect((await sessionWith(app, `klankbord-session=${token}`)).status).toBe(401)
  })
})

describe('the session cookie on plain http (the laptop demo)', () => {
  let app: TestApp
  beforeAll(async () => {
    app = await startTestApp({ config: { proofOfWork: false } })
  })
  afterAll(() => app.close())

  it('goes without the prefix, as browsers refuse __Host- without Secure', async () => {
    const municipalityId = (await app.deps.store.db.query.municipalitiesTable.findFirst())!.id
    const session = await login(app, await createStaff(app, 'confidant', [municipalityId]))
    expect(session.cookie).toMatch(/^klankbord-session=/)
    expect((await sessionWith(app, session.cookie)).status).toBe(200)
  })
})
