import { describe, expect, it } from 'vitest'
import { followUpStages } from './follow-up-stages.js'

const NEW = {
  status: 'new',
  createdAt: '2026-11-02T09:00:00.000Z',
  firstContactAt: null,
  firstContactBy: '2026-11-04',
  closedAt: null,
  outcome: null,
} as const

const summary = (concern: Parameters<typeof followUpStages>[0]) => followUpStages(concern).map((stage) => `${stage.kind}:${stage.state}`)

describe('where a concern stands, as the resident follows it', () => {
  it('waits for the first contact while new, with the date it is promised by', () => {
    expect(followUpStages(NEW)).toEqual([
      { kind: 'reported', state: 'done', on: NEW.createdAt },
      { kind: 'first-contact', state: 'current', by: '2026-11-04' },
      { kind: 'in-progress', state: 'todo' },
      { kind: 'closed', state: 'todo' },
    ])
  })

  it('is in progress once the confidant made contact, and says for whom it waits', () => {
    const contacted = { ...NEW, status: 'waiting-resident', firstContactAt: '2026-11-03T10:00:00.000Z' } as const
    expect(followUpStages(contacted)).toContainEqual({ kind: 'first-contact-made', state: 'done', on: contacted.firstContactAt })
    expect(followUpStages(contacted)).toContainEqual({ kind: 'in-progress', state: 'current', waitingFor: 'resident' })
    expect(followUpStages({ ...contacted, status: 'in-progress' })).toContainEqual({ kind: 'in-progress', state: 'current', waitingFor: 'confidant' })
  })

  it('promises no first contact any more once closed without one, and ends with the outcome', () => {
    const closed = { ...NEW, status: 'closed', closedAt: '2026-11-20T12:00:00.000Z', outcome: 'withdrawn' } as const
    expect(summary(closed)).toEqual(['reported:done', 'in-progress:done', 'closed-on:current'])
    expect(followUpStages(closed).at(-1)).toEqual({ kind: 'closed-on', state: 'current', on: closed.closedAt, outcome: 'withdrawn' })
  })
})
