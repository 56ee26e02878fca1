import { randomBytes } from 'node:crypto'
import { currentTotp } from '../../api/src/security/totp.js'
import { runCli, type ServerProcess } from './cli.js'
import { recordPlanted } from './log-scan.js'

/** A signed-in administrator of a real server process: its session survives a restart, because it lives in the store. */
export type ServerAdmin = { email: string; password: string; totpSecret: string; cookie: string; csrf: string }

const post = (server: ServerProcess, path: string, body: unknown) =>
  fetch(`${server.url}/api/v1${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: server.url }, body: JSON.stringify(body) })

/** Made with `klankbord user add` as an administrator does, set up and logged in through the real endpoints. */
export async function signInAdministrator(server: ServerProcess, env: Record<string, string>): Promise<ServerAdmin> {
  const email = `beheer.${randomBytes(3).toString('hex')}@example.nl`
  const created = await runCli(['user', 'add', '--email', email, '--role', 'administrator', '--name', 'Beheerder Herstel'], env)
  if (created.code !== 0) throw new Error(`user add failed: ${created.stderr}`)
  const token = /\/inbox\/#\/setup\/([\w-]+)/.exec(created.stdout)![1]!
  const { totpSecret } = (await (await post(server, '/auth/setup/start', { token })).json()) as { totpSecret: string }
  const password = 'een lange zin om na een crash verder te gaan'
  recordPlanted('staff secret', email, password, token, totpSecret)
  const finished = await post(server, '/auth/setup/finish', { token, password, code: currentTotp(totpSecret, Date.now()) })
  if (finished.status !== 200) throw new Error(`setup failed: ${finished.status}`)
  // The setup spent this time step's code; a code is accepted once, so log in with the next step's.
  const login = await post(server, '/auth/login', { email, password, code: currentTotp(totpSecret, Date.now() + 30_000) })
  if (login.status !== 200) throw new Error(`login failed: ${login.status}`)
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!
  const { csrfToken } = (await login.json()) as { csrfToken: string }
  recordPlanted('session', cookie.split('=')[1], csrfToken)
  return { email, password, totpSecret, cookie, csrf: csrfToken }
}

/** Asks `server` to run a nightly job now, as Beheer → Taken does. */
export function runJobAsAdministrator(server: ServerProcess, admin: ServerAdmin, job: 'retention' | 'statistics'): Promise<Response> {
  return fetch(`${server.url}/api/v1/admin/jobs/${job}`, { method: 'POST', headers: { Cookie: admin.cookie, 'X-CSRF-Token': admin.csrf, Origin: server.url } })
}

/** Resolves once the server's health shows `job` running, polling as often as a killer needs to land inside the run. */
export async function jobStarted(server: ServerProcess, job: 'retention' | 'statistics', timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    const health = (await (await fetch(`${server.url}/api/v1/health`)).json()) as { jobs: { job: string; result: string }[] }
    if (health.jobs.some((run) => run.job === job && run.result === 'running')) return
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(`${job} did not start within ${timeoutMs} ms`)
}
