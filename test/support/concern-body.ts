import type { ConcernInput, Challenge } from '@klankbord/contract'
import { solveChallenge } from '../../widget/src/proof-of-work.js'
import { recordPlanted } from './log-scan.js'

/** A valid concern as the widget would send it, with overrides for the case under test. */
export function concernBody(overrides: Partial<ConcernInput> = {}): ConcernInput {
  return {
    partner: 'demo',
    domain: 'wmo',
    kinds: ['agreements', 'information'],
    description: 'De huishoudelijke hulp komt al drie weken niet. Niemand belt terug.',
    wish: 'mediation',
    onBehalfOf: false,
    contact: { mode: 'email', email: 'inwoner.test@example.nl', name: 'Testpersoon Zonnebloem' },
    locale: 'nl',
    consent: true,
    ...overrides,
  }
}

/** Fetches and solves a challenge with the widget's own solver, as a browser would. */
export async function solvedPow(baseUrl: string, headers: Record<string, string> = {}) {
  const challenge = (await (await fetch(`${baseUrl}/api/v1/challenge`, { headers })).json()) as Challenge
  return { challenge, solution: await solveChallenge(challenge) }
}

export async function postConcern(baseUrl: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  if (typeof body === 'object' && body !== null) {
    const concern = body as Partial<ConcernInput> & { contact?: Record<string, unknown> }
    recordPlanted('concern', concern.description, concern.organisation, ...Object.values(concern.contact ?? {}).map((v) => (typeof v === 'string' && v !== 'email' && v !== 'phone' && v !== 'none' ? v : undefined)))
  }
  const response = await fetch(`${baseUrl}/api/v1/concerns`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  if (response.status === 201) recordPlanted('follow-up code', ((await response.clone().json()) as { followUpCode?: string }).followUpCode)
  return response
}
