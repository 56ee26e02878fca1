import { LIMITS } from '@klankbord/contract/vocabulary'
import type { Problem } from '@klankbord/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { concernBody, postConcern } from '../support/concern-body.js'
import { countRows } from '../support/stores.js'
import { startTestApp, type TestApp } from '../support/test-app.js'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp({ config: { proofOfWork: false, rateLimit: false } })
})
afterAll(() => app.close())

async function expectInvalid(body: unknown, field: string, code?: string, headers: Record<string, string> = {}): Promise<Problem> {
  const response = await postConcern(app.url, body, headers)
  expect(response.status).toBe(400)
  expect(response.headers.get('content-type')).toBe('application/problem+json')
  const problem = (await response.json()) as Problem
  expect(problem).toMatchObject({ type: 'urn:klankbord:problem:validation-failed', status: 400, title: expect.any(String), detail: expect.any(String) })
  const param = problem.invalidParams?.find((p) => p.name === field)
  expect(param, `${field} in ${JSON.stringify(problem.invalidParams)}`).toBeDefined()
  if (code) expect(param?.code).toBe(code)
  expect(param?.reason.length).toBeGreaterThan(5)
  return problem
}

const countConcerns = () => countRows(app.store, 'concerns')

describe('POST /api/v1/concerns validates every field of the contract', () => {
  it('accepts a valid concern with 201, a reference, a follow-up code and a Location header', async () => {
    const response = await postConcern(app.url, concernBody())
    expect(response.status).toBe(201)
    const body = await response.json()
    expect(body.reference).toMatch(/^KB-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/)
    expect(body.followUpCode).toMatch(/^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$/)
    expect(body.firstContactBy).toMatch(/^\d{4}-\d\d-\d\d$/)
    expect(response.headers.get('location')).toBe(`/api/v1/concerns/${body.reference}`)
    expect(response.headers.get('api-version')).toBe('1.0.0')
  })

  it.each([
    ['partner', 'required'],
    ['domain', 'required'],
    ['kinds', 'required'],
    ['description', 'required'],
    ['wish', 'required'],
    ['onBehalfOf', 'required'],
    ['contact', 'required'],
    ['locale', 'required'],
    ['consent', 'consent-required'],
  ])('requires %s', async (field, code) => {
    const body: Record<string, unknown> = { ...concernBody() }
    delete body[field]
    await expectInvalid(body, field, code)
  })

  it('names wrong types field by field, and never answers 500 for odd bodies', async () => {
    await expectInvalid({ ...concernBody(), onBehalfOf: 'ja' }, 'onBehalfOf', 'wrong-type')
    await expectInvalid({ ...concernBody(), kinds: 'agreements' }, 'kinds', 'wrong-type')
    await expectInvalid({ ...concernBody(), description: 42 }, 'description', 'wrong-type')
    await expectInvalid({ ...concernBody(), contact: 'email' }, 'contact')
    for (const odd of ['null', '[]', '"tekst"', '12', '{}']) {
      const response = await postConcern(app.url, odd)
      expect(response.status, odd).toBe(400)
      expect(response.headers.get('content-type')).toBe('application/problem+json')
    }
  })

  it('rejects codes outside the vocabulary', async () => {
    await expectInvalid(concernBody({ domain: 'parking' as never }), 'domain', 'invalid-option')
    await expectInvalid(concernBody({ wish: 'revenge' as never }), 'wish', 'invalid-option')
    await expectInvalid(concernBody({ kinds: ['rudeness' as never] }), 'kinds.0', 'invalid-option')
    await expectInvalid(concernBody({ locale: 'de' as never }), 'locale', 'invalid-option')
  })

  it('takes 1 to 6 kinds, each once', async () => {
    await expectInvalid(concernBody({ kinds: [] }), 'kinds', 'too-few')
    await expectInvalid(concernBody({ kinds: ['agreements', 'agreements'] }), 'kinds', 'duplicate')
    const all = ['decision-process', 'agreements', 'information', 'treatment', 'wrong-information', 'other'] as const
    expect((await postConcern(app.url, concernBody({ kinds: [...all] }))).status).toBe(201)
    await expectInvalid(concernBody({ kinds: [...all, 'other'] }), 'kinds', 'too-many')
  })

  it('trims the description and takes 1 to 5000 characters', async () => {
    await expectInvalid(concernBody({ description: '   \n  ' }), 'description', 'required')
    await expectInvalid(concernBody({ description: 'x'.repeat(LIMITS.descriptionMax + 1) }), 'description', 'too-long')
    expect((await postConcern(app.url, concernBody({ description: `  ${'x'.repeat(LIMITS.descriptionMax)}  ` }))).status).toBe(201)
  })

  it('limits the organisation to 200 characters', async () => {
    await expectInvalid(concernBody({ organisation: 'o'.repeat(201) }), 'organisation', 'too-long')
    expect((await postConcern(app.url, concernBody({ organisation: 'Wmo-team Noord' }))).status).toBe(201)
  })

  it('takes a decision date as an existing ISO date, not in the future', async () => {
    await expectInvalid(concernBody({ decisionDate: '12-03-2026' }), 'decisionDate', 'invalid-date')
    await expectInvalid(concernBody({ decisionDate: '2026-02-30' }), 'decisionDate', 'invalid-date')
    await expectInvalid(concernBody({ decisionDate: '2999-01-01' }), 'decisionDate', 'future-date')
    expect((await postConcern(app.url, concernBody({ decisionDate: '2026-03-12' }))).status).toBe(201)
  })

  it('requires and validates the contact detail for the chosen mode', async () => {
    await expectInvalid(concernBody({ contact: { mode: 'email' } as never }), 'contact.email', 'required')
    await expectInvalid(concernBody({ contact: { mode: 'email', email: 'geen-adres' } }), 'contact.email', 'invalid-email')
    await expectInvalid(concernBody({ contact: { mode: 'phone' } as never }), 'contact.phone', 'required')
    await expectInvalid(concernBody({ contact: { mode: 'phone', phone: '12345' } }), 'contact.phone', 'invalid-phone')
    await expectInvalid(concernBody({ contact: { mode: 'none', email: 'a@example.nl' } as never }), 'contact.email', 'unknown-field')
    await expectInvalid(concernBody({ contact: { mode: 'fax' } as never }), 'contact.mode')
    for (const phone of ['06 12345678', '0612345678', '+31 6 1234 5678', '0031612345678', '020-1234567', '+32 470 12 34 56']) {
      const response = await postConcern(app.url, concernBody({ contact: { mode: 'phone', phone, bestTime: 'ochtend' } }))
      expect(response.status, phone).toBe(201)
    }
    expect((await postConcern(app.url, concernBody({ contact: { mode: 'none' } }))).status).toBe(201)
  })

  it('requires consent to be true', async () => {
    await expectInvalid(concernBody({ consent: false as never }), 'consent', 'consent-required')
  })

  it('rejects unknown fields by name', async () => {
    await expectInvalid({ ...concernBody(), bsn: '123456782' }, 'bsn', 'unknown-field')
  })

  it('treats a filled honeypot as spam, stores nothing and never names the field', async () => {
    const before = await countConcerns()
    for (const body of [concernBody({ website: 'http://spam.example' }), { ...concernBody({ website: 'x' }), domain: 'parking' }, { ...concernBody(), website: 42 }]) {
      const response = await postConcern(app.url, body)
      expect(response.status).toBe(400)
      expect(response.headers.get('content-type')).toBe('application/problem+json')
      const text = await response.text()
      expect(JSON.parse(text)).toMatchObject({ type: 'urn:klankbord:problem:spam-suspected', status: 400, title: expect.any(String), detail: expect.any(String) })
      expect(JSON.parse(text).invalidParams).toBeUndefined()
      expect(text).not.toMatch(/website|lokveld|honeypot/i)
    }
    expect(await countConcerns()).toBe(before)
  })

  it('explains errors in English when the resident writes in English', async () => {
    const problem = await expectInvalid(concernBody({ locale: 'en', consent: false as never }), 'consent', 'consent-required')
    expect(problem.detail).toMatch(/Some fields/)
    expect(problem.invalidParams?.[0]?.reason).toMatch(/consent/i)
  })

  it('answers malformed JSON, a wrong media type and an oversized body with problem+json', async () => {
    const malformed = await postConcern(app.url, '{"partner": ')
    expect(malformed.status).toBe(400)
    expect(((await malformed.json()) as Problem).type).toBe('urn:klankbord:problem:malformed-json')

    const wrongType = await fetch(`${app.url}/api/v1/concerns`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hallo' })
    expect(wrongType.status).toBe(415)
    expect(wrongType.headers.get('content-type')).toBe('application/problem+json')

    const tooLarge = await postConcern(app.url, JSON.stringify({ ...concernBody(), description: 'x'.repeat(LIMITS.bodyBytesMax) }))
    expect(tooLarge.status).toBe(413)
    expect(((await tooLarge.json()) as Problem).type).toBe('urn:klankbord:problem:payload-too-large')
  })

  it('rejects an unknown partner and a malformed Idempotency-Key', async () => {
    const unknown = await postConcern(app.url, concernBody({ partner: 'niet-bestaand' }))
    expect(unknown.status).toBe(400)
    expect(((await unknown.json()) as Problem).type).toBe('urn:klankbord:problem:unknown-partner')
    await expectInvalid(concernBody(), 'Idempotency-Key', 'invalid-format', { 'Idempotency-Key': 'kort' })
  })

  it('answers unknown paths with a 404 problem', async () => {
    const response = await fetch(`${app.url}/api/v1/bestaat-niet`)
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
  })
})
