import { API_ROOT, OPERATION_PATHS, operationPath } from '@klankbord/contract/api-path'
import { OPERATIONS, type Operation } from '@klankbord/contract/operations'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from '../support/test-app.js'

const METHODS = new Set(['GET', 'POST', 'PATCH', 'PUT', 'DELETE'])

/** `GET /inbox/concerns/{id}`: one operation as method and path template below the API root. */
const key = (method: string, path: string) => `${method.toUpperCase()} ${path}`

const tableOperations = () => (Object.values(OPERATIONS) as Operation[]).map((op) => key(op.method, op.path)).sort()

describe('the operations table, the router and the served OpenAPI document', () => {
  let app: TestApp
  beforeAll(async () => {
    app = await startTestApp()
  })
  afterAll(() => app.close())

  it('list the same operations', async () => {
    const document = (await (await fetch(`${app.url}/api/v1/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> }
    const documented = Object.entries(document.paths)
      .flatMap(([path, item]) => Object.keys(item).map((method) => key(method, path)))
      .sort()
    // Middleware (`app.use`) registers as ALL; what answers a method is an operation. `:name` is OpenAPI's `{name}`.
    const routed = [
      ...new Set(
        app.hono.routes
          .filter((route) => METHODS.has(route.method) && route.path.startsWith(`${API_ROOT}/`))
          .map((route) => key(route.method, route.path.slice(API_ROOT.length).replace(/:(\w+)/g, '{$1}'))),
      ),
    ].sort()
    expect(tableOperations()).toHaveLength(Object.keys(OPERATIONS).length)
    expect(routed).toEqual(tableOperations())
    expect(documented).toEqual(tableOperations())
  })
})

describe('the paths-only module (what the widget imports) and the full table', () => {
  it('hold the same operations, with the same methods and paths', () => {
    const paths = Object.fromEntries(Object.entries(OPERATION_PATHS).map(([id, route]) => [id, key(route.method, route.path)]))
    const full = Object.fromEntries(Object.entries(OPERATIONS).map(([id, op]) => [id, key((op as Operation).method, (op as Operation).path)]))
    expect(full).toEqual(paths)
  })

  it('give every operation one method and path, and every {placeholder} a schema', () => {
    expect(new Set(tableOperations()).size).toBe(tableOperations().length)
    for (const [id, op] of Object.entries(OPERATIONS) as [string, Operation][]) {
      const placeholders = [...op.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name).sort()
      expect(Object.keys(op.params?.shape ?? {}).sort(), id).toEqual(placeholders)
    }
  })
})

describe('operationPath', () => {
  it('fills in the path values, each encoded once, and takes exactly the values the path has', () => {
    expect(operationPath('getCase', { id: 'c/1 ?' })).toBe('/api/v1/inbox/concerns/c%2F1%20%3F')
    expect(operationPath('getConcernFollowUp', { reference: 'KB-7Q4M-X2PD' })).toBe('/api/v1/concerns/KB-7Q4M-X2PD')
    expect(operationPath('listInbox')).toBe('/api/v1/inbox/concerns')
    // Checked by the type checker (npm run typecheck), never run.
    const typeErrors = () => [
      // @ts-expect-error: the case's id is needed
      operationPath('getCase'),
      // @ts-expect-error: this path has no values
      operationPath('listInbox', { id: 'x' }),
    ]
    void typeErrors
  })
})
