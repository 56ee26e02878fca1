import type { ConcernCreated, ConcernSummary } from '@klankbord/contract'
import { afterEach, describe, expect, it } from 'vitest'
import { runCli, startServerProcess } from '../support/cli.js'
import { concernBody, postConcern } from '../support/concern-body.js'
import { newServerStore, SERVER_STORE_KINDS, type ServerStore } from '../support/server-store.js'

const BURST = 120

type Answer = { status: number; reference?: string; answeredAt: number } | { status: 'no connection'; answeredAt: number }

/**
 * A real `klankbord serve` gets SIGTERM while a burst of submissions, all sent at once, is in flight: it stops taking
 * connections, answers what it accepted, exits 0, and every concern it acknowledged with 201 is there after a restart.
 */
describe.each(SERVER_STORE_KINDS)('SIGTERM during a burst of submissions ($kind)', ({ kind, available }) => {
  let place: ServerStore | undefined
  afterEach(async () => {
    await place?.remove()
  })

  it.skipIf(!available)('drains the requests in flight, exits 0 and loses no acknowledged concern', async () => {
    place = await newServerStore(kind, { KLANKBORD_POW: 'off', KLANKBORD_RATE_LIMIT: 'off' })
    const server = await startServerProcess(place.env)
    let firstAnswer: () => void = () => {}
    const answered = new Promise<void>((resolve) => (firstAnswer = resolve))
    const send = async (i: number): Promise<Answer> => {
      try {
        const response = await postConcern(server.url, concernBody({ description: `Melding ${i} in een stroom die wordt onderbroken.` }), { Origin: server.url })
        firstAnswer()
        const reference = response.status === 201 ? ((await response.json()) as ConcernCreated).reference : undefined
        return { status: response.status, reference, answeredAt: performance.now() }
      } catch {
        return { status: 'no connection', answeredAt: performance.now() }
      }
    }
    // All requests leave together; the signal goes out as soon as the first is answered, while the rest are in flight.
    const burst = Promise.all(Array.from({ length: BURST }, (_, i) => send(i)))
    await answered
    const signalledAt = performance.now()
    const exitCode = server.stop('SIGTERM')
    const answers = await burst
    expect(await exitCode).toBe(0)

    // Accepted requests are answered, never cut off or failed: a 201, or no connection at all after the server stopped listening.
    expect(answers.map((a) => a.status).filter((s) => s !== 201 && s !== 'no connection')).toEqual([])
    const acknowledged = answers.flatMap((a) => ('reference' in a && a.reference ? [a.reference] : []))
    expect(acknowledged.length).toBeGreaterThan(0)
    // Requests in flight when the signal came were still answered: the drain, not a burst that had already ended.
    expect(answers.filter((a) => a.status === 201 && a.answeredAt > signalledAt).length).toBeGreaterThan(0)

    const restarted = await startServerProcess(place.env)
    try {
      const listed = await runCli(['concerns', 'list', '--json', '--limit', String(BURST + 10)], place.env)
      expect(listed.code, listed.stderr).toBe(0)
      const stored = (JSON.parse(listed.stdout) as ConcernSummary[]).map((c) => c.reference)
      expect(stored.filter((reference) => acknowledged.includes(reference)).sort()).toEqual([...acknowledged].sort())
      // Nothing twice, and nothing stored that was not asked for.
      expect(new Set(stored).size).toBe(stored.length)
      expect(stored.length).toBeLessThanOrEqual(BURST)
    } finally {
      expect(await restarted.stop('SIGTERM')).toBe(0)
    }
  }, 180_000)
})
