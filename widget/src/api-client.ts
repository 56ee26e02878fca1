import type { Challenge, ConcernCreated, ConcernInput, PartnerInfo, Problem } from '@klankbord/contract'
import { ApiError } from '@klankbord/contract/api-error'

export { ApiError }

/** Every call goes through here: no cookies, no cache, no referrer. */
export async function request<T>(url: string, init: RequestInit = {}): Promise<T> {
  let response: Response
  try {
    response = await fetch(url, { ...init, credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' })
  } catch {
    throw new ApiError(0)
  }
  if (response.ok) {
    const text = await response.text()
    return (text ? JSON.parse(text) : undefined) as T
  }
  const problem = (await response.json().catch(() => undefined)) as Partial<Problem> | undefined
  throw new ApiError(response.status, problem, Number(response.headers.get('Retry-After')) || undefined)
}

export const apiRoot = (base: string) => `${base.replace(/\/+$/, '')}/api/v1`

/** Talks to one Klankbord API origin. */
export function createApiClient(base: string) {
  const api = apiRoot(base)
  return {
    partner: (key: string) => request<PartnerInfo>(`${api}/partners/${encodeURIComponent(key)}`),
    challenge: () => request<Challenge>(`${api}/challenge`),
    createConcern: (input: ConcernInput, locale: string, idempotencyKey: string) =>
      request<ConcernCreated>(`${api}/concerns`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': locale, 'Idempotency-Key': idempotencyKey },
        body: JSON.stringify(input),
      }),
  }
}
export type ApiClient = ReturnType<typeof createApiClient>
