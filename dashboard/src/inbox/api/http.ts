import { ApiError, type ProblemBody } from '@klankbord/contract/api-error'

const API_ROOT = '/api/v1'

export { ApiError, type ProblemBody }

/** Fired on window when the server says the session is gone, so the app can show the login view. */
export const SESSION_ENDED_EVENT = 'kb-session-ended'

let csrfToken = ''
let language = 'nl'

/** The token from the login or session answer; every change must carry it. */
export function setCsrfToken(token: string): void {
  csrfToken = token
}

/** Errors come back in this language. */
export function setRequestLanguage(locale: string): void {
  language = locale
}

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', 'Accept-Language': language }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  if (method !== 'GET') headers['X-CSRF-Token'] = csrfToken
  let response: Response
  try {
    response = await fetch(`${API_ROOT}${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      cache: 'no-store',
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  } catch {
    throw new ApiError(0)
  }
  if (response.ok) {
    const text = await response.text()
    return (text ? JSON.parse(text) : undefined) as T
  }
  const problem = ((await response.json().catch(() => undefined)) ?? {}) as ProblemBody
  const error = new ApiError(response.status, problem, Number(response.headers.get('Retry-After')) || undefined)
  // A wrong password is a 401 too; only a missing or expired session sends the user to the login view.
  if (error.kind === 'unauthorized') window.dispatchEvent(new Event(SESSION_ENDED_EVENT))
  return Promise.reject(error)
}

/** A query string from defined values only. */
export function queryString(values: Record<string, string | number | boolean | undefined>): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== '') params.set(key, String(value))
  const text = params.toString()
  return text ? `?${text}` : ''
}
