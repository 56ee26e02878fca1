import type { ProblemKind } from '@klankbord/contract'
import { OPERATIONS, type Operation } from '@klankbord/contract/operations'
import { getSession } from '@klankbord/contract/operation-paths'
import { CSRF_HEADER } from '../auth/guard.js'
import { PROBLEM_TYPES } from '../http/problem.js'
import { API_VERSION_HEADER, problem } from './responses.js'
import { parametersOf, schemaObject } from './schema-object.js'

export const SESSION_SCHEME = 'sessionCookie'
export const CONTROL_TOKEN_SCHEME = 'controlToken'

const hasInput = (op: Operation) => Boolean(op.params || op.query || op.headers || op.body)
const signedIn = (op: Operation): op is Operation & { access: readonly string[] } => Array.isArray(op.access)

function parameters(op: Operation) {
  const path = op.params ? parametersOf(op.params, 'path') : []
  const described = new Set(path.map((p) => p.name))
  for (const [, name] of op.path.matchAll(/\{(\w+)\}/g)) if (!described.has(name!)) throw new Error(`${op.path}: no schema for {${name}} in the operations table`)
  const csrf =
    signedIn(op) && op.method !== 'GET' ? [{ name: CSRF_HEADER, in: 'header', required: true, description: `Het CSRF-token uit de sessie (${getSession.method} ${getSession.path}).`, schema: { type: 'string' } }] : []
  return [...path, ...(op.headers ? parametersOf(op.headers, 'header') : []), ...csrf, ...(op.query ? parametersOf(op.query, 'query') : [])]
}

/** What the row says about its input and access, then the problems its handler raises, grouped by status. */
function errorResponses(op: Operation) {
  const kinds: ProblemKind[] = []
  if (hasInput(op) || op.method !== 'GET') kinds.push('validation-failed')
  if (op.body) kinds.push('malformed-json', 'payload-too-large', 'unsupported-media-type')
  if (op.access === 'control-token') kinds.push('unauthorized')
  if (signedIn(op)) kinds.push('unauthorized', 'forbidden', ...(op.method === 'GET' ? [] : (['csrf-failed'] as const)))
  if (op.path.includes('{')) kinds.push('not-found')
  kinds.push(...(op.problems ?? []))
  const byStatus = new Map<number, ProblemKind[]>()
  for (const kind of kinds) byStatus.set(PROBLEM_TYPES[kind].status, [...(byStatus.get(PROBLEM_TYPES[kind].status) ?? []), kind])
  return Object.fromEntries([...byStatus].map(([status, grouped]) => [String(status), problem(grouped)]))
}

const otherMediaType = (type: string) => [type, { schema: type.startsWith('text/') ? { type: 'string' } : { type: 'string', format: 'binary' } }]

function success(op: Operation) {
  const { status, schema, description, alsoAs = [], headers = {} } = op.response
  const content = Object.fromEntries([...(schema ? [['application/json', { schema: schemaObject(schema) }]] : []), ...alsoAs.map(otherMediaType)])
  const responseHeaders = { ...API_VERSION_HEADER, ...Object.fromEntries(Object.entries(headers).map(([name, about]) => [name, { description: about, schema: { type: 'string' } }])) }
  return { [status]: { description, headers: responseHeaders, ...(Object.keys(content).length ? { content } : {}) } }
}

function accessText(op: Operation): string | undefined {
  if (op.access === 'public') return 'Openbaar.'
  if (op.access === 'control-token') return undefined
  return [`Rollen: ${op.access.join(', ')}.`, op.publicWhenStatisticsArePublic ? 'Openbaar als de beheerder de statistiek openbaar maakt.' : undefined].filter(Boolean).join(' ')
}

function security(op: Operation) {
  if (op.access === 'public') return []
  if (op.access === 'control-token') return [{ [CONTROL_TOKEN_SCHEME]: [] }]
  return op.publicWhenStatisticsArePublic ? [{}, { [SESSION_SCHEME]: [] }] : [{ [SESSION_SCHEME]: [] }]
}

/** The OpenAPI path items of the operations table, with each operation's security requirement. */
export function pathItems(): Record<string, Record<string, unknown>> {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const [id, op] of Object.entries(OPERATIONS) as [string, Operation][]) {
    paths[op.path] ??= {}
    paths[op.path]![op.method.toLowerCase()] = {
      operationId: id,
      tags: [op.tag],
      summary: op.summary,
      description: [op.description, accessText(op)].filter(Boolean).join(' '),
      security: security(op),
      parameters: parameters(op),
      ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: schemaObject(op.body) } } } } : {}),
      responses: { ...success(op), ...errorResponses(op) },
    }
  }
  return paths
}
