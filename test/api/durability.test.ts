import { describe, expect, it } from 'vitest'
import { concernBody, postConcern } from '../support/concern-body.js'
import { countRows, newPgliteStore } from '../support/stores.js'
import { startTestApp } from '../support/test-app.js'

describe('acknowledging a concern', () => {
  it('answers 201 only after the commit has been flushed to disk, one flush for concurrent concerns', async () => {
    const store = await newPgliteStore()
    const events: string[] = []
    let releaseFlush: () => void = () => {}
    const flushGate = new Promise<void>((resolve) => (releaseFlush = resolve))
    const app = await startTestApp({
      store: {
        ...store,
        flush: async () => {
          events.push('flush started')
          await flushGate
          events.push('flush done')
        },
      },
      config: { proofOfWork: false, rateLimit: false },
    })
    try {
      const responses = Array.from({ length: 5 }, () => postConcern(app.url, concernBody()).then((r) => (events.push(`answered ${r.status}`), r)))
      await expect.poll(() => events.includes('flush started')).toBe(true)
      await new Promise((resolve) => setTimeout(resolve, 200))
      expect(events.filter((e) => e.startsWith('answered'))).toEqual([])
      releaseFlush()
      await Promise.all(responses)
      expect(events.indexOf('flush done')).toBeLessThan(events.indexOf('answered 201'))
      expect(events.filter((e) => e === 'answered 201')).toHaveLength(5)
      expect(events.filter((e) => e === 'flush started').length).toBeLessThanOrEqual(2)
    } finally {
      releaseFlush()
      await app.close()
    }
  })

  it('answers 503 when the flush fails, and a retry with the same key confirms the concern once it is on disk', async () => {
    const store = await newPgliteStore()
    let failNext = true
    const app = await startTestApp({
      store: {
        ...store,
        flush: async () => {
          if (failNext) {
            failNext = false
            throw new Error('disk full')
          }
        },
      },
      config: { proofOfWork: false, rateLimit: false },
    })
    try {
      const headers = { 'Idempotency-Key': 'flush-failure-0001' }
      const first = await postConcern(app.url, concernBody(), headers)
      expect(first.status).toBe(503)
      expect(first.headers.get('content-type')).toBe('application/problem+json')
      const retry = await postConcern(app.url, concernBody(), headers)
      expect(retry.status).toBe(201)
      expect(retry.headers.get('idempotent-replayed')).toBe('true')
      expect(await countRows(app.store, 'concerns')).toBe(1)
    } finally {
      await app.close()
    }
  })
})
