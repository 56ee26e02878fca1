import type { ConcernInput, Challenge } from '@klankbord/contract'
import { solveChallenge } from '../../widget/src/proof-of-work.js'

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

export function postConcern(baseUrl: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${baseUrl}/api/v1/concerns`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}
