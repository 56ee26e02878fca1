import type { Problem } from '@klankbord/contract'
import { ApiError } from '@klankbord/contract/api-error'
import { apiPath } from '@klankbord/contract/api-path'
import * as paths from '@klankbord/contract/operation-paths'
import type { OperationResponse } from '@klankbord/contract/operations'

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

/** The `api-base` attribute without a trailing slash: an operation's path (from `apiPath`) goes after it. */
export const apiOrigin = (base: string) => base.replace(/\/+$/, '')

/** What a page with the widget asks before anyone interacts (the partner), and from the first step on (the challenge); sending is in the form's chunk. */
export function createApiClient(base: string) {
  const origin = apiOrigin(base)
  return {
    partner: (key: string) => request<OperationResponse<'getPartner'>>(origin + apiPath(paths.getPartner, { key })),
    challenge: () => request<OperationResponse<'getChallenge'>>(origin + apiPath(paths.getChallenge)),
  }
}
export type ApiClient = ReturnType<typeof createApiClient>
