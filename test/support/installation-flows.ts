import { randomBytes } from 'node:crypto'
import type { ConcernCreated } from '@klankbord/contract'
import { expect } from 'vitest'
import { currentTotp } from '../../api/src/security/totp.js'
import { runCli, type ServerProcess } from './cli.js'
import { concernBody, postConcern } from './concern-body.js'
import { recordPlanted } from './log-scan.js'

/** What a resident sent and keeps: the reference and code, and the text and address only the confidant may read. */
export type Resident = { created: ConcernCreated; description: string; email: string }
export type Confidant = { email: string; password: string; totpSecret: string; /** The last authenticator time step used; each is accepted once. */ lastStep: number }

export const postFrom = (url: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/v1${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: url, ...headers }, body: JSON.stringify(body) })

/** A concern through the widget's endpoint, with a text and address unique to it. */
export async function submitConcern(url: string, label: string): Promise<Resident> {
  const description = `${label}: de indicatie voor begeleiding is zonder gesprek verlaagd ${randomBytes(4).toString('hex')}.`
  const email = `inwoner.${randomBytes(4).toString('hex')}@example.nl`
  const response = await postConcern(url, concernBody({ description, contact: { mode: 'email', email, name: 'Herstel Persoon' } }), { Origin: url })
  expect(response.status).toBe(201)
  return { created: (await response.json()) as ConcernCreated, description, email }
}

export function followUp(url: string, resident: Resident): Promise<Response> {
  return fetch(`${url}/api/v1/concerns/${resident.created.reference}`, { headers: { 'Follow-Up-Code': resident.created.followUpCode } })
}

/** A confidant made with the CLI and finished over the API, as in real use. */
export async function addConfidant(server: ServerProcess, env: Record<string, string>): Promise<Confidant> {
  const email = `vp.${randomBytes(3).toString('hex')}@example.nl`
  const password = `een lange zin voor ${randomBytes(3).toString('hex')}`
  const added = await runCli(['user', 'add', '--email', email, '--role', 'confidant'], env)
  expect(added.code, added.stderr).toBe(0)
  const token = /\/inbox\/#\/setup\/([\w-]+)/.exec(added.stdout)![1]!
  const { totpSecret } = (await (await postFrom(server.url, '/auth/setup/start', { token })).json()) as { totpSecret: string }
  expect((await postFrom(server.url, '/auth/setup/finish', { token, password, code: currentTotp(totpSecret, Date.now()) })).status).toBe(200)
  recordPlanted('staff secret', email, totpSecret, password, token)
  return { email, password, totpSecret, lastStep: Math.floor(Date.now() / STEP_MS) }
}

const STEP_MS = 30_000

/** A code from a time step after the last one used: the next step is accepted a step early, else wait for it. */
async function freshTotp(confidant: Confidant): Promise<string> {
  const nextStep = confidant.lastStep + 1
  const waitMs = (nextStep - 1) * STEP_MS - Date.now()
  if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs + 100))
  confidant.lastStep = nextStep
  return currentTotp(confidant.totpSecret, nextStep * STEP_MS)
}

/**
 * Logs the confidant in (password and authenticator code: the TOTP secret must decrypt) and reads each resident's
 * case, which must show what they wrote and their address.
 */
export async function readCasesAsConfidant(url: string, confidant: Confidant, residents: Resident[]): Promise<void> {
  const login = await postFrom(url, '/auth/login', { email: confidant.email, password: confidant.password, code: await freshTotp(confidant) })
  expect(login.status).toBe(200)
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!
  const { csrfToken } = (await login.json()) as { csrfToken: string }
  const headers = { Cookie: cookie, 'X-CSRF-Token': csrfToken }
  const inbox = (await (await fetch(`${url}/api/v1/inbox/concerns?limit=200`, { headers })).json()) as { items: { id: string; reference: string }[] }
  for (const resident of residents) {
    const item = inbox.items.find((i) => i.reference === resident.created.reference)
    expect(item, resident.created.reference).toBeTruthy()
    const text = await (await fetch(`${url}/api/v1/inbox/concerns/${item!.id}`, { headers })).text()
    expect(text).toContain(resident.description)
    expect(text).toContain(resident.email)
  }
}
