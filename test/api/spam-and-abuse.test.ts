import type { ConcernCreated, Problem } from '@klankbord/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { concernBody, postConcern, solvedPow } from '../support/concern-body.js'
import { startTestApp, type TestApp } from '../support/test-app.js'

const problemType = async (response: Response) => ((await response.json()) as Problem).type.replace('urn:klankbord:problem:', '')

describe('proof of work', () => {
  let app: TestApp
  beforeAll(async () => {
    app = await startTestApp({ config: { proofOfWork: true, powDifficulty: 3, rateLimit: false } })
  })
  afterAll(() => app.close())

  it('hands out signed challenges with the configured difficulty', async () => {
    const challenge = await (await fetch(`${app.url}/api/v1/challenge`)).json()
    expect(challenge.parameters.keyPrefix).toBe('000')
    expect(challenge.signature).toMatch(/^[0-9a-f]{32,}$/)
  })

  it('refuses a concern without a solution', async () => {
    const response = await postConcern(app.url, concernBody())
    expect(response.status).toBe(400)
    expect(await problemType(response)).toBe('pow-failed')
  })

  it('accepts a solved challenge once, and refuses it the second time', async () => {
    const pow = await solvedPow(app.url)
    const first = await postConcern(app.url, concernBody({ pow }))
    expect(first.status).toBe(201)
    const again = await postConcern(app.url, concernBody({ pow, description: 'Tweede poging met dezelfde oplossing.' }))
    expect(again.status).toBe(400)
    expect(await problemType(again)).toBe('pow-failed')
  })

  it('lets a retry with the same Idempotency-Key through without a new solution', async () => {
    const pow = await solvedPow(app.url)
    const headers = { 'Idempotency-Key': 'pow-retry-0001' }
    const first = (await (await postConcern(app.url, concernBody({ pow }), headers)).json()) as ConcernCreated
    const retry = await postConcern(app.url, concernBody({ pow }), headers)
    expect(retry.status).toBe(201)
    expect(((await retry.json()) as ConcernCreated).reference).toBe(first.reference)
  })

  it('refuses a wrong counter, a forged key and tampered parameters', async () => {
    const pow = await solvedPow(app.url)
    const wrongCounter = { ...pow, solution: { ...pow.solution, counter: pow.solution.counter + 1 } }
    const forgedKey = { ...pow, solution: { ...pow.solution, derivedKey: `000${'f'.repeat(61)}` } }
    const easier = { ...pow, challenge: { ...pow.challenge, parameters: { ...pow.challenge.parameters, keyPrefix: '0' } } }
    for (const bad of [wrongCounter, forgedKey, easier]) {
      const response = await postConcern(app.url, concernBody({ pow: bad }))
      expect(response.status).toBe(400)
      expect(await problemType(response)).toBe('pow-failed')
    }
    expect((await postConcern(app.url, concernBody({ pow }))).status).toBe(201)
  })
})

describe('rate limiting', () => {
  let app: TestApp
  beforeAll(async () => {
    app = await startTestApp({
      config: { proofOfWork: false, rateLimit: true },
      rateLimits: { intake: { limit: 3, windowMs: 60_000 }, followUp: { limit: 2, windowMs: 60_000 } },
    })
  })
  afterAll(() => app.close())

  it('answers intake over the limit with 429 and Retry-After, and stores nothing more', async () => {
    const statuses = []
    for (let i = 0; i < 4; i++) statuses.push((await postConcern(app.url, concernBody())).status)
    expect(statuses).toEqual([201, 201, 201, 429])
    const limited = await postConcern(app.url, concernBody())
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(limited.headers.get('content-type')).toBe('application/problem+json')
    expect(await problemType(limited)).toBe('rate-limited')
  })

  it('limits wrong follow-up codes, so codes cannot be guessed', async () => {
    const follow = () => fetch(`${app.url}/api/v1/concerns/KB-2222-2222`, { headers: { 'Follow-Up-Code': 'ABCD-EFGH-JKMN-PQRS' } })
    expect((await follow()).status).toBe(404)
    expect((await follow()).status).toBe(404)
    const blocked = await follow()
    expect(blocked.status).toBe(429)
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('does not count the right code: a resident may look again and again', async () => {
    const own = await startTestApp({ config: { proofOfWork: false, rateLimit: true }, rateLimits: { followUp: { limit: 2, windowMs: 60_000 } } })
    try {
      const created = (await (await postConcern(own.url, concernBody())).json()) as { reference: string; followUpCode: string }
      for (let i = 0; i < 5; i++)
        expect((await fetch(`${own.url}/api/v1/concerns/${created.reference}`, { headers: { 'Follow-Up-Code': created.followUpCode } })).status).toBe(200)
    } finally {
      await own.close()
    }
  })
})

describe('CORS', () => {
  let app: TestApp
  beforeAll(async () => {
    app = await startTestApp({ config: { proofOfWork: false, rateLimit: false } })
  })
  afterAll(() => app.close())

  const preflight = (origin: string) =>
    fetch(`${app.url}/api/v1/concerns`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type, idempotency-key' },
    })

  it('allows a registered partner origin, without credentials', async () => {
    const response = await preflight(app.origin)
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe(app.origin)
    expect(response.headers.get('access-control-allow-headers')).toMatch(/Idempotency-Key/)
    expect(response.headers.get('access-control-allow-credentials')).toBeNull()
    const post = await postConcern(app.url, concernBody(), { Origin: app.origin })
    expect(post.status).toBe(201)
    expect(post.headers.get('access-control-allow-origin')).toBe(app.origin)
    expect(post.headers.get('access-control-expose-headers')).toMatch(/Location/)
  })

  it('refuses an unknown origin at the preflight and at the intake', async () => {
    const response = await preflight('https://evil.example')
    expect(response.status).toBe(403)
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
    const post = await postConcern(app.url, concernBody(), { Origin: 'https://evil.example' })
    expect(post.status).toBe(403)
    expect(await problemType(post)).toBe('origin-not-allowed')
  })

  it('serves the widget script and the OpenAPI document to any origin', async () => {
    for (const path of ['/widget/v1/klankbord.js', '/api/v1/openapi.json']) {
      const response = await fetch(`${app.url}${path}`, { headers: { Origin: 'https://www.gemeente-elders.nl' } })
      expect(response.status, path).toBe(200)
      expect(response.headers.get('access-control-allow-origin')).toBe('*')
    }
  })

  it('sets no cookie anywhere on the resident path', async () => {
    for (const path of ['/', '/widget/v1/klankbord.js', '/api/v1/partners/demo', '/api/v1/challenge']) {
      const response = await fetch(`${app.url}${path}`)
      expect(response.headers.get('set-cookie'), path).toBeNull()
    }
  })
})
