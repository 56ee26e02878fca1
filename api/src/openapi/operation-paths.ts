import * as contract from '@klankbord/contract'
import type { ProblemKind } from '@klankbord/contract'
import * as z from 'zod'
import { CSRF_HEADER } from '../auth/guard.js'
import { OPERATIONS, type Operation } from '../auth/operations.js'
import { API_VERSION_HEADER, ok, problem } from './responses.js'

export const SESSION_SCHEME = 'sessionCookie'

const QUERY_SCHEMAS: Record<string, z.ZodObject> = { InboxQuery: contract.InboxQuery, AuditQuery: contract.AuditQuery, StatisticsQuery: contract.StatisticsQuery, ReportQuery: contract.ReportQuery }

const PATH_PARAMETERS: Record<string, { description: string; pattern?: string }> = {
  id: { description: 'Id van het object.' },
  reference: { description: 'Kenmerk van de melding, bijvoorbeeld KB-7Q4M-X2PD.', pattern: contract.REFERENCE_PATTERN.source },
  table: { description: 'Naam van de tabel, zie GET /statistics.', pattern: '^[a-z][a-z0-9_]*$' },
  year: { description: 'Het jaar van het verslag, bijvoorbeeld 2025.', pattern: '^\\d{4}$' },
}

function queryParameters(schemaId: string) {
  const schema = QUERY_SCHEMAS[schemaId]
  if (!schema) throw new Error(`No query schema ${schemaId}`)
  const json = z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, Record<string, unknown>> }
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property
    return { name, in: 'query', required: false, description: (description as string | undefined) ?? name, schema: rest }
  })
}

function parameters(op: Operation) {
  const path = [...op.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => {
    const p = PATH_PARAMETERS[name!]!
    return { name, in: 'path', required: true, description: p.description, schema: { type: 'string', ...(p.pattern ? { pattern: p.pattern } : {}) } }
  })
  const headers = []
  if (op.access !== 'public' && op.method !== 'get')
    headers.push({ name: CSRF_HEADER, in: 'header', required: true, description: 'Het CSRF-token uit de sessie (GET /auth/session).', schema: { type: 'string' } })
  if (op.path.startsWith('/concerns/{reference}'))
    headers.push({ name: 'Follow-Up-Code', in: 'header', required: true, description: 'De geheime volgcode.', schema: { type: 'string' } })
  return [...path, ...headers, ...(op.query ? queryParameters(op.query) : [])]
}

function errorResponses(op: Operation) {
  const out: Record<string, unknown> = {}
  const add = (status: number, kinds: ProblemKind[]) => (out[String(status)] = problem(kinds))
  const bad: ProblemKind[] = ['validation-failed']
  if (op.body) bad.push('malformed-json')
  if (op.id === 'finishSetup' || op.id === 'startSetup') bad.push('setup-link-invalid', 'weak-password')
  add(400, bad)
  if (op.access !== 'public') add(401, ['unauthorized'])
  else if (op.id === 'login') add(401, ['login-failed'])
  if (op.access !== 'public') add(403, op.method === 'get' ? ['forbidden'] : ['forbidden', 'csrf-failed'])
  if (op.path.includes('{')) add(404, ['not-found'])
  if (op.id === 'changeStatus') add(409, ['invalid-transition'])
  if (['createUser', 'createPartner', 'updatePartner', 'sendResidentMessage'].includes(op.id)) add(409, ['conflict'])
  if (op.body) {
    add(413, ['payload-too-large'])
    add(415, ['unsupported-media-type'])
  }
  if (op.id === 'createSignal' || op.id === 'updateSignal') add(422, ['personal-data-suspected'])
  if (op.access === 'public') add(429, ['rate-limited'])
  return out
}

function success(op: Operation) {
  const { status, schema, description } = op.success
  if (op.id === 'getReport') return { [status]: { description, headers: API_VERSION_HEADER, content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } } }
  if (schema === null) return { [status]: { description, headers: API_VERSION_HEADER } }
  if (op.id === 'getStatistics') {
    const json = ok(description, schema)
    const binary = { schema: { type: 'string', format: 'binary' } }
    return { [status]: { ...json, content: { ...json.content, 'application/vnd.apache.arrow.stream': binary, 'text/csv': { schema: { type: 'string' } }, 'application/vnd.apache.parquet': binary } } }
  }
  if (op.id === 'listAudit') {
    const json = ok(description, schema)
    return { [status]: { ...json, content: { ...json.content, 'text/csv': { schema: { type: 'string' } } } } }
  }
  return { [status]: ok(description, schema) }
}

/** The OpenAPI path items of the operations table, with each operation's security requirement. */
export function operationPaths(): Record<string, Record<string, unknown>> {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const op of OPERATIONS as readonly Operation[]) {
    paths[op.path] ??= {}
    paths[op.path]![op.method] = {
      operationId: op.id,
      tags: [op.tag],
      summary: op.summary,
      description: [op.description, op.access === 'public' ? 'Openbaar.' : `Rollen: ${op.access.join(', ')}.`, op.publicWhenStatisticsArePublic ? 'Openbaar als de beheerder de statistiek openbaar maakt.' : undefined].filter(Boolean).join(' '),
      security: op.access === 'public' ? [] : op.publicWhenStatisticsArePublic ? [{}, { [SESSION_SCHEME]: [] }] : [{ [SESSION_SCHEME]: [] }],
      parameters: parameters(op),
      ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${op.body}` } } } } } : {}),
      responses: { ...success(op), ...errorResponses(op) },
    }
  }
  return paths
}
