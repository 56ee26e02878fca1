import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { concernBody } from '../support/concern-body.js'
import { createStaff, login, type Session } from '../support/staff.js'
import { countRows } from '../support/stores.js'
import { startTestApp, type TestApp } from '../support/test-app.js'

type Op = { method: string; path: string; auth: boolean; body: boolean; fields: string[] }

/** Generated requests spread over every operation of the served OpenAPI document (issue 14). */
const RUNS = Number(process.env.KLANKBORD_HOSTILE_RUNS ?? 10_000)
// Logging out would end the sessions the other requests use; logging out is tested elsewhere.
const LEFT_OUT = new Set(['POST /auth/logout', 'POST /auth/logout-everywhere'])
// The tables a request can add to, and the operations that may add to them (with the status that says so).
const CREATES: Record<string, string[]> = {
  concerns: ['POST /concerns', 'POST /inbox/concerns'],
  signals: ['POST /inbox/signals'],
  recommendations: ['POST /inbox/recommendations'],
  users: ['POST /admin/users'],
  partners: ['POST /admin/partners'],
  municipalities: ['POST /admin/municipalities'],
}

const WEIRD = ['\u0000', '\u202E', '\u200B', '\uFEFF', '\uD800', '\uDFFF', '😀', 'é', 'ﷺ', '\u0007', '\r\n', '<script>', "' or 1=1 --", '%00', '../..', '=HYPERLINK("x")']
const weirdString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...WEIRD, 'a', ' '), maxLength: 30 }),
  fc.constantFrom('', 'a'.repeat(100_000), '9'.repeat(400), 'NaN', 'null', 'true', '-1', '1e309', '__proto__', 'constructor'),
)
const weirdValue: fc.Arbitrary<unknown> = fc.oneof(
  weirdString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(weirdString, { maxLength: 5 }),
  fc.constant(Array.from({ length: 20_000 }, () => 'x')),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'x'), fc.string(), { maxKeys: 3 }),
)
const deepNesting = fc.integer({ min: 100, max: 20_000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`)

function bodyFor(op: Op): fc.Arbitrary<string | Uint8Array | undefined> {
  const known = op.fields.length ? fc.constantFrom(...op.fields) : fc.constant('x')
  const objectWith = fc.dictionary(fc.oneof(known, fc.constantFrom('__proto__', 'constructor', 'extra'), fc.string({ maxLength: 10 })), weirdValue, { maxKeys: 8 })
  return fc.oneof(
    objectWith.map((o) => JSON.stringify(o)),
    fc.constant('{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}}}'),
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.constantFrom('{', '{"a":', '[1,2', 'null', '"x"', '\u0000', '{"a":1}garbage', '', ' ', '{"a":"\\ud800"}'),
    deepNesting,
    fc.uint8Array({ maxLength: 200 }),
    fc.constant(JSON.stringify({ description: 'x'.repeat(3_000_000) })),
    fc.constant(undefined),
  )
}

const pathValue = fc.oneof(
  fc.string({ maxLength: 30 }).map((s) => encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, ''))),
  fc.constantFrom('%', '%25', '%E0%A4%A', '%ff', '%00', '..', '%2e%2e%2f', 'a'.repeat(3000), 'con_1', 'KB-AAAA-AAAA', '2025', 'concerns', 'null'),
)

describe('hostile input, generated (fast-check)', () => {
  let app: TestApp
  let confidant: Session
  let admin: Session
  let ops: Op[]

  beforeAll(async () => {
    app = await startTestApp({ config: { proofOfWork: false, rateLimit: false } })
    const municipalityId = (await app.deps.store.db.query.municipalitiesTable.findFirst())!.id
    confidant = await login(app, await createStaff(app, 'confidant', [municipalityId]))
    admin = await login(app, await createStaff(app, 'administrator', []))
    await fetch(`${app.url}/api/v1/concerns`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: app.origin }, body: JSON.stringify(concernBody()) })
    const doc = (await (await fetch(`${app.url}/api/v1/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { security?: unknown[]; requestBody?: { content: Record<string, { schema: { $ref?: string } }> } }>>
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> }
    }
    ops = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => {
        const ref = op.requestBody?.content['application/json']?.schema.$ref?.split('/').pop()
        return { method: method.toUpperCase(), path, auth: (op.security?.length ?? 0) > 0, body: op.requestBody !== undefined, fields: Object.keys((ref && doc.components.schemas[ref]?.properties) ?? {}) }
      }),
    ).filter((op) => !LEFT_OUT.has(`${op.method} ${op.path}`))
  })
  afterAll(() => app.close())

  it(`never answers ${RUNS.toLocaleString('en-US')} hostile requests with a 5xx or without problem+json, and stores nothing it refused`, async () => {
    expect(ops.length).toBeGreaterThan(40)
    const before = Object.fromEntries(await Promise.all(Object.keys(CREATES).map(async (table) => [table, await countRows(app.store, table)] as const)))
    const created: Record<string, number> = {}
    const rssBefore = process.memoryUsage().rss
    const request = fc.integer({ min: 0, max: 10_000 }).chain((i) => {
      const op = ops[i % ops.length]!
      return fc.record({
        op: fc.constant(op),
        path: fc.tuple(...(op.path.match(/\{\w+\}/g) ?? []).map(() => pathValue)).map((values) => values.reduce((p, v) => p.replace(/\{\w+\}/, v), op.path)),
        query: fc.option(fc.dictionary(fc.constantFrom('status', 'page', 'q', 'reference', 'objectId', 'year', 'x', '__proto__'), weirdString.map((s) => s.slice(0, 500)), { maxKeys: 3 }), { nil: undefined }),
        body: op.body ? bodyFor(op) : fc.option(bodyFor(op), { nil: undefined, freq: 4 }),
        contentType: fc.constantFrom('application/json', 'application/json', 'text/plain', undefined, 'application/json; charset=utf-16', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded'),
        hugeHeader: fc.integer({ min: 0, max: 49 }).map((n) => n === 0),
        session: fc.constantFrom('own', 'none', 'own'),
      })
    })
    await fc.assert(
      fc.asyncProperty(request, async ({ op, path, query, body, contentType, hugeHeader, session }) => {
        const who = session === 'none' || !op.auth ? undefined : op.path.startsWith('/admin') ? admin : confidant
        const search = query ? `?${Object.entries(query).map(([k, v]) => `${k}=${encodeURIComponent(v.replace(/[\uD800-\uDFFF]/g, ''))}`).join('&')}` : ''
        const headers: Record<string, string> = { ...(contentType ? { 'Content-Type': contentType } : {}), ...(who ? { Cookie: who.cookie, 'X-CSRF-Token': who.csrf } : {}), Origin: app.origin }
        if (hugeHeader) headers['X-Filler'] = 'a'.repeat(20_000)
        const response = await fetch(`${app.url}/api/v1${path}${search}`, { method: op.method, headers, body: op.method === 'GET' ? undefined : (body as BodyInit | undefined) })
        const text = await response.text()
        expect(response.status, `${op.method} ${path} → ${text.slice(0, 300)}`).toBeLessThan(500)
        if (response.status >= 400) expect(response.headers.get('content-type'), `${op.method} ${path} ${response.status}`).toMatch(/^application\/problem\+json/)
        if (response.status === 201 || (response.status === 200 && op.method === 'POST')) {
          const key = `${op.method} ${op.path}`
          for (const [table, creators] of Object.entries(CREATES)) if (creators.includes(key)) created[table] = (created[table] ?? 0) + 1
        }
      }),
      { numRuns: RUNS, endOnFailure: true },
    )
    for (const table of Object.keys(CREATES)) expect(await countRows(app.store, table), table).toBe(before[table]! + (created[table] ?? 0))
    const grown = (process.memoryUsage().rss - rssBefore) / 1024 / 1024
    console.log(`hostile input: ${RUNS} requests over ${ops.length} operations; memory ${Math.round(rssBefore / 1024 / 1024)} → ${Math.round(process.memoryUsage().rss / 1024 / 1024)} MB`)
    expect(grown).toBeLessThan(400)
  }, 600_000)
})
