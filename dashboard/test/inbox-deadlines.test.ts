import { describe, expect, it } from 'vitest'
import { amsterdamDate, daysBetween, formatDate, formatMinutes } from '../src/inbox/format/dates.js'
import { ageInDays, firstContactState, objectionState } from '../src/inbox/format/deadlines.js'

// 10:00 in Amsterdam on Wednesday 11 June 2025 (summer time, UTC+2).
const NOW = new Date('2025-06-11T08:00:00Z')

describe('dates in the Netherlands', () => {
  it('takes the Dutch calendar day, not the UTC one', () => {
    expect(amsterdamDate(new Date('2025-06-10T22:30:00Z'))).toBe('2025-06-11')
    expect(amsterdamDate(new Date('2025-01-10T22:30:00Z'))).toBe('2025-01-10')
  })

  it('counts calendar days across a month', () => {
    expect(daysBetween('2025-05-30', '2025-06-02')).toBe(3)
    expect(daysBetween('2025-06-02', '2025-05-30')).toBe(-3)
  })

  it('writes dates and minutes in the chosen language', () => {
    expect(formatDate('2025-06-11', 'nl')).toBe('11 juni 2025')
    expect(formatDate('2025-06-11', 'en')).toBe('11 June 2025')
    expect(formatMinutes(45, 'nl')).toBe('45 min')
    expect(formatMinutes(90, 'nl')).toBe('1 u 30 min')
    expect(formatMinutes(120, 'en')).toBe('2 h')
  })
})

describe('first-contact deadline', () => {
  it('is done once there was contact, whatever the date', () => {
    expect(firstContactState({ firstContactBy: '2025-06-01', firstContactAt: '2025-06-03T09:00:00Z', overdue: false }, NOW)).toEqual({ kind: 'done', at: '2025-06-03T09:00:00Z' })
  })

  it('is due today, ahead, or overdue with the days late', () => {
    expect(firstContactState({ firstContactBy: '2025-06-11', firstContactAt: null, overdue: false }, NOW)).toEqual({ kind: 'today', by: '2025-06-11' })
    expect(firstContactState({ firstContactBy: '2025-06-13', firstContactAt: null, overdue: false }, NOW)).toEqual({ kind: 'due', by: '2025-06-13', daysLeft: 2 })
    expect(firstContactState({ firstContactBy: '2025-06-09', firstContactAt: null, overdue: true }, NOW)).toEqual({ kind: 'overdue', by: '2025-06-09', daysLate: 2 })
  })

  it('follows the server when it says overdue', () => {
    expect(firstContactState({ firstContactBy: '2025-06-11', firstContactAt: null, overdue: true }, NOW).kind).toBe('overdue')
  })
})

describe('objection term', () => {
  it('warns within fourteen days and says when it has passed', () => {
    expect(objectionState('2025-06-25', NOW)).toEqual({ kind: 'soon', deadline: '2025-06-25', daysLeft: 14 })
    expect(objectionState('2025-06-26', NOW)).toEqual({ kind: 'later', deadline: '2025-06-26', daysLeft: 15 })
    expect(objectionState('2025-06-11', NOW)).toEqual({ kind: 'soon', deadline: '2025-06-11', daysLeft: 0 })
    expect(objectionState('2025-06-10', NOW)).toEqual({ kind: 'passed', deadline: '2025-06-10' })
  })
})

describe('age of a concern', () => {
  it('counts Dutch calendar days since it came in', () => {
    expect(ageInDays('2025-06-10T21:59:00Z', NOW)).toBe(1)
    expect(ageInDays('2025-06-10T22:01:00Z', NOW)).toBe(0)
  })
})
