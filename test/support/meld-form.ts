import { recordPlanted } from './log-scan.js'

/** Every answer of /meld, as a resident would give them, with overrides for the case under test. */
export function meldAnswers(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    domain: 'youth',
    kinds: ['agreements', 'treatment'],
    description: 'De jeugdhulp voor mijn zoon is gestopt zonder dat iemand het ons vertelde.',
    organisation: 'Wijkteam Noord',
    decisionDate: '',
    wish: 'listen',
    contactMode: 'email',
    email: 'meld.zonder.script@example.nl',
    phone: '',
    name: 'Fenna Zonderscript',
    bestTime: '',
    onBehalfOf: 'on',
    consent: 'on',
    website: '',
    ...overrides,
  }
}

/** A posted /meld form: the envelope the first page set, the answers, and which button was pressed. */
export function meldBody(envelope: { partner: string; channel: string; key: string; lang: string; step: string }, answers: Record<string, string | string[]>, button: [string, string]) {
  const form = new URLSearchParams({ ...envelope })
  for (const [name, value] of Object.entries(answers)) for (const v of [value].flat()) form.append(name, v)
  form.append(...button)
  for (const name of ['description', 'organisation', 'email', 'name']) recordPlanted('meld', ...[answers[name]].flat())
  return form.toString()
}

/** GET /meld for a link, and the envelope its form carries (the key made for this concern). */
export async function startMeld(baseUrl: string, search: string) {
  const response = await fetch(`${baseUrl}/meld${search}`)
  const page = await response.text()
  const hidden = (name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(page)?.[1] ?? ''
  return { response, page, envelope: { partner: hidden('partner'), channel: hidden('channel'), key: hidden('key'), lang: hidden('lang'), step: 'review' } }
}

export function postMeld(baseUrl: string, body: string): Promise<Response> {
  return fetch(`${baseUrl}/meld`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body })
}

/** The reference and follow-up code an end page shows. */
export function shownCodes(page: string): { reference: string; code: string } {
  const reference = /KB-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}/.exec(page)?.[0] ?? ''
  const code = /id="follow-up-code"><span dir="ltr">([^<]+)</.exec(page)?.[1] ?? ''
  return { reference, code }
}
