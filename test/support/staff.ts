import type { Role } from '@klankbord/contract/vocabulary'
import { currentTotp } from '../../api/src/security/totp.js'
import { systemContext } from '../../api/src/services/shared/service-context.js'
import { createUser } from '../../api/src/services/users/create-user.js'
import { recordPlanted } from './log-scan.js'
import type { TestApp } from './test-app.js'

export type Staff = { id: string; email: string; password: string; role: Role; totpSecret?: string; recoveryCodes: string[] }

let counter = 0

/** Posts JSON to the app, as the inbox does. */
export function postJson(app: TestApp, path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${app.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) })
}

/** Creates an account the way an administrator does and finishes its setup through the real endpoints. */
export async function createStaff(app: TestApp, role: Role, municipalityIds: string[], name = `${role} ${++counter}`): Promise<Staff> {
  const email = `${role}.${counter}.${Date.now()}@example.nl`
  const { row, token } = await createUser(systemContext(app.deps), { email, name, role, municipalityIds })
  const start = (await (await postJson(app, '/api/v1/auth/setup/start', { token })).json()) as { totpSecret?: string }
  const password = `lange zin met ${counter} woorden erin`
  const code = start.totpSecret ? currentTotp(start.totpSecret, app.deps.now().getTime()) : undefined
  const finish = await postJson(app, '/api/v1/auth/setup/finish', { token, password, code })
  if (finish.status !== 200) throw new Error(`setup failed: ${finish.status} ${await finish.text()}`)
  const { recoveryCodes } = (await finish.json()) as { recoveryCodes: string[] }
  recordPlanted('staff secret', email, name, password, token, start.totpSecret, ...recoveryCodes)
  return { id: row.id, email, password, role, totpSecret: start.totpSecret, recoveryCodes }
}

export type Session = {
  cookie: string
  csrf: string
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>
}

/**
 * Logs in with password and a fresh TOTP code. The test app's clock is moved on by a time step first,
 * because a code from a step already used is refused (as it must be).
 */
export async function login(app: TestApp & { clock?: { advance(ms: number): void } }, staff: Staff): Promise<Session> {
  app.clock?.advance(30_000)
  const code = staff.totpSecret ? currentTotp(staff.totpSecret, app.deps.now().getTime()) : undefined
  const response = await postJson(app, '/api/v1/auth/login', { email: staff.email, password: staff.password, code })
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${await response.text()}`)
  return sessionFrom(app, response)
}

export async function sessionFrom(app: TestApp, response: Response): Promise<Session> {
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!
  const { csrfToken } = (await response.json()) as { csrfToken: string }
  recordPlanted('session', cookie.split('=')[1], csrfToken)
  return {
    cookie,
    csrf: csrfToken,
    request(method, path, body, headers = {}) {
      return fetch(`${app.url}${path}`, {
        method,
        headers: { Cookie: cookie, 'X-CSRF-Token': csrfToken, ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
    },
  }
}
