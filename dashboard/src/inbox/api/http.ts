import { ApiError, type ProblemBody } from '@klankbord/contract/api-error'
import { apiPath, OPERATION_PATHS, queryString, type OperationId, type Route } from '@klankbord/contract/api-path'
import type { OperationRequest, OperationResponse } from '@klankbord/contract/operations'

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

/** No argument for an operation that takes nothing, else its path values, query and body. */
type RequestArgs<Id extends OperationId> = unknown extends OperationRequest<Id> ? [] : [request: OperationRequest<Id>]

/** Calls an operation of the API: method and path from the operations table, the answer typed by its row. */
export function call<Id extends OperationId>(id: Id, ...[request]: RequestArgs<Id>): Promise<OperationResponse<Id>> {
  const { params, query, body } = (request ?? {}) as { params?: Record<string, string>; query?: Record<string, string | number | boolean | undefined>; body?: unknown }
  const route: Route = OPERATION_PATHS[id]
  const path = (apiPath as (route: Route, params?: Record<string, string>) => string)(route, params) + queryString(query ?? {})
  return send(route.method, path, body) as Promise<OperationResponse<Id>>
}

async function send(method: Route['method'], path: string, body: unknown): Promise<unknown> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', 'Accept-Language': language }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  if (method !== 'GET') headers['X-CSRF-Token'] = csrfToken
  let response: Response
  try {
    response = await fetch(path, {
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
    return text ? JSON.parse(text) : undefined
  }
  const problem = ((await response.json().catch(() => undefined)) ?? {}) as ProblemBody
  const error = new ApiError(response.status, problem, Number(response.headers.get('Retry-After')) || undefined)
  // A wrong password is a 401 too; only a missing or expired session sends the user to the login view.
  if (error.kind === 'unauthorized') window.dispatchEvent(new Event(SESSION_ENDED_EVENT))
  return Promise.reject(error)
}
