import * as OPERATION_PATHS from './operation-paths/index.js'

export { OPERATION_PATHS }

/** Where every operation's path starts: the API's major version is part of the URI (NLGov API Design Rules). */
export const API_ROOT = '/api/v1'

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

/** An operation's **method** and **path** template below {@link API_ROOT}, with `{name}` for each path parameter. */
export type Route = { readonly method: Method; readonly path: string }

/** `login`, `getCase` …: the operationId of every operation in the API. */
export type OperationId = keyof typeof OPERATION_PATHS

type ParamNames<Path extends string> = Path extends `${string}{${infer Name}}${infer Rest}` ? Name | ParamNames<Rest> : never

/** The values for a path template's `{name}` placeholders. */
export type PathParams<Path extends string> = { readonly [Name in ParamNames<Path>]: string | number }

/** No argument for a path without placeholders, else one value for each. */
export type PathArgs<Path extends string> = [ParamNames<Path>] extends [never] ? [] : [params: PathParams<Path>]

/** `apiPath(getCase, { id })` → `/api/v1/inbox/concerns/c%2F1`: each value encoded once, here. */
export function apiPath<Path extends string>(route: { readonly path: Path }, ...params: PathArgs<Path>): string
export function apiPath(route: { readonly path: string }, params: Record<string, string | number> = {}): string {
  return API_ROOT + route.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name]!))
}

/** `operationPath('getCase', { id })`: the same by operationId, for clients that are not size-bound (the widget imports single routes). */
export function operationPath<Id extends OperationId>(id: Id, ...params: PathArgs<(typeof OPERATION_PATHS)[Id]['path']>): string {
  return (apiPath as (route: Route, params?: Record<string, string | number>) => string)(OPERATION_PATHS[id], ...(params as [Record<string, string | number>?]))
}

/** `?a=1&b=x` from the values that are set (neither undefined nor empty); nothing when none is. */
export function queryString(values: Readonly<Record<string, string | number | boolean | undefined>>): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== '') params.set(key, String(value))
  const text = params.toString()
  return text ? `?${text}` : ''
}
