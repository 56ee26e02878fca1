import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from '../support/test-app.js'

describe('Strict-Transport-Security', () => {
  let app: TestApp
  beforeAll(async () => {
    app = await startTestApp({ config: { trustProxy: true } })
  })
  afterAll(() => app.close())

  it('is sent only over HTTPS: not on a plain-http demo, and behind a trusted proxy when it says https', async () => {
    const plain = await fetch(`${app.url}/api/v1/health`)
    expect(plain.headers.get('strict-transport-security')).toBeNull()
    expect(plain.headers.get('x-content-type-options')).toBe('nosniff')
    const proxied = await fetch(`${app.url}/api/v1/health`, { headers: { 'X-Forwarded-Proto': 'https' } })
    expect(proxied.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains')
  })
})
