import { describe, expect, it } from 'vitest'
import { createLog } from '../../log.js'
import { loggedJob } from './job-log.js'

describe('a nightly job run', () => {
  it('writes one line at info when it starts and one with its counts when it ends', async () => {
    const lines: string[] = []
    const log = createLog('info', { write: (line: string) => (lines.push(line), true) } as unknown as NodeJS.WritableStream)
    await loggedJob('retention', log, async () => ({ due: 3, erased: 2 }))()
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(parsed.map((l) => [l.msg, l.job])).toEqual([
      ['job started', 'retention'],
      ['job finished', 'retention'],
    ])
    expect(parsed[1]).toMatchObject({ level: 30, due: 3, erased: 2 })
    expect(typeof parsed[1]!.ms).toBe('number')
  })

  it('writes nothing at warn', async () => {
    const lines: string[] = []
    const log = createLog('warn', { write: (line: string) => (lines.push(line), true) } as unknown as NodeJS.WritableStream)
    await loggedJob('statistics', log, async () => ({ tables: 12 }))()
    expect(lines).toEqual([])
  })
})
