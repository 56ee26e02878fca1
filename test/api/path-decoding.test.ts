import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from '../support/test-app.js'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp({ config: { proofOfWork: false } })
})
afterAll(() => app.close())

describe('paths of pages and files are decoded once', () => {
  it.each(['/inbox/%25', '/inbox/%E0%A4%A', '/widget/v1/%E0%A4%A', '/widget/v1/%25', '/dashboard/%ff.js', '/dashboard/%25ff.js', '/pages/%ZZ.html', '/demo/%E0%A4%A.html'])(
    'answers a malformed or odd %s with a 404 problem, never a 500',
    async (path) => {
      const response = await fetch(`${app.url}${path}`)
      expect(response.status).toBe(404)
      expect(response.headers.get('content-type')).toBe('application/problem+json')
    },
  )

  it('still serves a file whose name is percent-encoded once', async () => {
    expect((await fetch(`${app.url}/widget/v1/klankbord.js`)).status).toBe(200)
    expect((await fetch(`${app.url}/widget/v1/klankbor%64.js`)).status).toBe(200)
    // Decoded twice, %2564 would become "d" and find the file.
    expect((await fetch(`${app.url}/widget/v1/klankbor%2564.js`)).status).toBe(404)
  })

  it('never leaves its folder through an encoded slash or dots', async () => {
    for (const path of ['/widget/v1/..%2Fpackage.json', '/widget/v1/%2E%2E%2Fpackage.json', '/inbox/..%2F..%2Fpackage.json']) expect((await fetch(`${app.url}${path}`)).status, path).toBe(404)
  })
})
