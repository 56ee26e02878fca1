import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { currentTotp } from '../../api/src/security/totp.js'
import { systemContext } from '../../api/src/services/shared/service-context.js'
import { createUser } from '../../api/src/services/users/create-user.js'
import { createStaff, login, postJson, sessionFrom, type Staff } from '../support/staff.js'
import { startTestApp, type TestApp } from '../support/test-app.js'

let app: TestApp
let municipalityId: string

beforeAll(async () => {
  // Many accounts are set up here from one address; the per-address limits get their own test below.
  app = await startTestApp({ config: { proofOfWork: false }, rateLimits: { setup: { limit: 1000, windowMs: 60_000 }, login: { limit: 1000, windowMs: 60_000 } } })
  municipalityId = (await app.deps.store.db.query.municipalitiesTable.findFirst())!.id
})
afterAll(() => app.close())

const problemType = async (response: Response) => ((await response.json()) as { type: string }).type.replace('urn:klankbord:problem:', '')

function attempt(staff: Staff, overrides: { password?: string; code?: string } = {}) {
  app.clock.advance(30_000)
  const code = overrides.code ?? (staff.totpSecret ? currentTotp(staff.totpSecret, app.deps.now().getTime()) : undefined)
  return postJson(app, '/api/v1/auth/login', { email: staff.email, password: overrides.password ?? staff.password, code })
}

describe('account setup through the one-time link', () => {
  it('refuses a short or common password, a wrong first code, and a link used twice', async () => {
    const { token } = await createUser(systemContext(app.deps), { email: 'nieuw@example.nl', name: 'Nieuw', role: 'confidant', municipalityIds: [municipalityId] })
    const start = (await (await postJson(app, '/api/v1/auth/setup/start', { token })).json()) as { totpSecret: string; totpUri: string; totpRequired: boolean }
    expect(start.totpRequired).toBe(true)
    expect(start.totpUri).toMatch(/^otpauth:\/\/totp\/Klankbord:nieuw%40example\.nl\?/)
    const code = currentTotp(start.totpSecret, app.deps.now().getTime())
    expect(await problemType(await postJson(app, '/api/v1/auth/setup/finish', { token, password: 'kort', code }))).toBe('weak-password')
    expect(await problemType(await postJson(app, '/api/v1/auth/setup/finish', { token, password: 'Wachtwoord2024!', code }))).toBe('weak-password')
    const wrongCode = await postJson(app, '/api/v1/auth/setup/finish', { token, password: 'een heel lange zin als wachtwoord', code: code === '000000' ? '111111' : '000000' })
    expect(wrongCode.status).toBe(400)
    const ok = await postJson(app, '/api/v1/auth/setup/finish', { token, password: 'een heel lange zin als wachtwoord', code })
    expect(ok.status).toBe(200)
    expect(((await ok.json()) as { recoveryCodes: string[] }).recoveryCodes).toHaveLength(10)
    expect(await problemType(await postJson(app, '/api/v1/auth/setup/finish', { token, password: 'een heel lange zin als wachtwoord', code }))).toBe('setup-link-invalid')
  })

  it('a council member needs no authenticator', async () => {
    const council = await createStaff(app, 'council', [municipalityId])
    expect(council.totpSecret).toBeUndefined()
    expect((await attempt(council)).status).toBe(200)
  })
})

describe('login', () => {
  it('needs password and the current code; a code cannot be used twice', async () => {
    const staff = await createStaff(app, 'confidant', [municipalityId])
    expect(await problemType(await attempt(staff, { password: 'niet het wachtwoord hoor' }))).toBe('login-failed')
    app.clock.advance(30_000)
    const code = currentTotp(staff.totpSecret!, app.deps.now().getTime())
    const first = await postJson(app, '/api/v1/auth/login', { email: staff.email.toUpperCase(), password: staff.password, code })
    expect(first.status).toBe(200)
    const replay = await postJson(app, '/api/v1/auth/login', { email: staff.email, password: staff.password, code })
    expect(replay.status).toBe(401)
    expect((await postJson(app, '/api/v1/auth/login', { email: staff.email, password: staff.password })).status).toBe(401)
  })

  it('sets an HttpOnly SameSite=Strict cookie and answers with a CSRF token, never the session id', async () => {
    const staff = await createStaff(app, 'confidant', [municipalityId])
    const response = await attempt(staff)
    const cookie = response.headers.get('set-cookie')!
    expect(cookie).toMatch(/^klankbord-session=[\w-]{40,};/)
    expect(cookie).toContain('HttpOnly')
    expect(cookie).toContain('SameSite=Strict')
    expect(cookie).toContain('Path=/')
    const body = (await response.json()) as { csrfToken: string; user: { email: string }; municipalities: { id: string; name: string }[] }
    expect(body.user.email).toBe(staff.email)
    expect(body.municipalities).toEqual([{ id: municipalityId, name: expect.any(String) }])
    expect(JSON.stringify(body)).not.toContain(cookie.split(';')[0]!.split('=')[1])
  })

  it('uses a recovery code once', async () => {
    const staff = await createStaff(app, 'administrator', [])
    const code = staff.recoveryCodes[0]!
    expect((await attempt(staff, { code: code.toUpperCase() })).status).toBe(200)
    expect((await attempt(staff, { code })).status).toBe(401)
  })

  it('makes an account wait after five failures from one address, and an administrator can lift the waiting', async () => {
    const staff = await createStaff(app, 'confidant', [municipalityId])
    for (let i = 0; i < 6; i++) expect(await problemType(await attempt(staff, { password: 'fout fout fout fout' }))).toBe('login-failed')
    // The sixth failure starts a wait of 2 s (doubling after each further failure); within it even the right password waits.
    const code = currentTotp(staff.totpSecret!, app.deps.now().getTime())
    const waiting = await postJson(app, '/api/v1/auth/login', { email: staff.email, password: staff.password, code })
    expect(waiting.status).toBe(429)
    expect(Number(waiting.headers.get('retry-after'))).toBeGreaterThan(0)
    const admin = await login(app, await createStaff(app, 'administrator', []))
    expect((await admin.request('POST', `/api/v1/admin/users/${staff.id}/unlock`)).status).toBe(204)
    expect((await attempt(staff)).status).toBe(200)
  })

  it('throttles many attempts from one address, with Retry-After', async () => {
    const throttled = await startTestApp({ rateLimits: { login: { limit: 3, windowMs: 60_000 } } })
    try {
      const body = { email: 'niemand@example.nl', password: 'wat dan ook maar' }
      for (let i = 0; i < 3; i++) expect((await postJson(throttled, '/api/v1/auth/login', body)).status).toBe(401)
      const fourth = await postJson(throttled, '/api/v1/auth/login', body)
      expect(fourth.status).toBe(429)
      expect(Number(fourth.headers.get('retry-after'))).toBeGreaterThan(0)
    } finally {
      await throttled.close()
    }
  })
})

describe('sessions', () => {
  it('rotates the id at login: a session presented at login ends', async () => {
    const staff = await createStaff(app, 'confidant', [municipalityId])
    const before = await login(app, staff)
    app.clock.advance(30_000)
    const code = currentTotp(staff.totpSecret!, app.deps.now().getTime())
    const again = await postJson(app, '/api/v1/auth/login', { email: staff.email, password: staff.password, code }, { Cookie: before.cookie })
    const after = await sessionFrom(app, again)
    expect(after.cookie).not.toBe(before.cookie)
    expect((await before.request('GET', '/api/v1/auth/session')).status).toBe(401)
    expect((await after.request('GET', '/api/v1/auth/session')).status).toBe(200)
  })

  it('ends after 30 minutes without activity; background polling is not activity', async () => {
    const session = await login(app, await createStaff(app, 'confidant', [municipalityId]))
    app.clock.advance(29 * 60_000)
    expect((await session.request('GET', '/api/v1/inbox/concerns')).status).toBe(200)
    app.clock.advance(29 * 60_000)
    expect((await session.request('GET', '/api/v1/inbox/concerns')).status).toBe(200)
    for (let i = 0; i < 3; i++) {
      app.clock.advance(10 * 60_000)
      expect((await session.request('GET', '/api/v1/inbox/version')).status).toBe(i < 2 ? 200 : 401)
    }
  })

  it('ends after 10 hours even when active', async () => {
    const session = await login(app, await createStaff(app, 'confidant', [municipalityId]))
    for (let minutes = 0; minutes < 9 * 60 + 40; minutes += 20) {
      app.clock.advance(20 * 60_000)
      expect((await session.request('GET', '/api/v1/inbox/concerns')).status).toBe(200)
    }
    app.clock.advance(25 * 60_000)
    expect((await session.request('GET', '/api/v1/inbox/concerns')).status).toBe(401)
  })

  it('"log out everywhere" ends every session of the user, and only theirs', async () => {
    const staff = await createStaff(app, 'confidant', [municipalityId])
    const laptop = await login(app, staff)
    const phone = await login(app, staff)
    const colleague = await login(app, await createStaff(app, 'confidant', [municipalityId]))
    expect((await phone.request('POST', '/api/v1/auth/logout-everywhere')).status).toBe(204)
    expect((await laptop.request('GET', '/api/v1/auth/session')).status).toBe(401)
    expect((await phone.request('GET', '/api/v1/auth/session')).status).toBe(401)
    expect((await colleague.request('GET', '/api/v1/auth/session')).status).toBe(200)
  })

  it('a disabled account loses its sessions at once', async () => {
    const staff = await createStaff(app, 'confidant', [municipalityId])
    const session = await login(app, staff)
    const admin = await login(app, await createStaff(app, 'administrator', []))
    expect((await admin.request('PATCH', `/api/v1/admin/users/${staff.id}`, { disabled: true })).status).toBe(200)
    expect((await session.request('GET', '/api/v1/auth/session')).status).toBe(401)
    expect((await attempt(staff)).status).toBe(401)
  })
})

describe('CSRF', () => {
  it('refuses a change without the token, with a wrong token, or from another origin', async () => {
    const session = await login(app, await createStaff(app, 'confidant', [municipalityId]))
    const path = `${app.url}/api/v1/inbox/personal-data-check`
    const body = JSON.stringify({ text: 'geen bijzonderheden' })
    const send = (headers: Record<string, string>) => fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: session.cookie, ...headers }, body })
    expect(await problemType(await send({}))).toBe('csrf-failed')
    expect(await problemType(await send({ 'X-CSRF-Token': `${session.csrf}x` }))).toBe('csrf-failed')
    expect(await problemType(await send({ 'X-CSRF-Token': session.csrf, Origin: 'https://evil.example' }))).toBe('csrf-failed')
    expect((await send({ 'X-CSRF-Token': session.csrf, Origin: app.url })).status).toBe(200)
    // Reading needs no token: GET changes nothing.
    expect((await fetch(`${app.url}/api/v1/inbox/version`, { headers: { Cookie: session.cookie } })).status).toBe(200)
  })
})
